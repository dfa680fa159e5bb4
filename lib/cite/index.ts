export { formatCitation, actNumber, normalisePinpoint, CITATION_STYLES, type CitationStyle, type CitableEntry } from './format';
