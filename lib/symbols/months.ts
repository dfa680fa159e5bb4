/**
 * The months' names as the dates after a citation write them, for the families' date patterns:
 * English (capitalised), French and Spanish (in lower case), and Russian in the genitive ("от
 * августа") and the prepositional ("в августе"). Arabic's, paired in two calendars, are the
 * keyword family's own.
 */
export const EN_MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const MONTH_NAMES =
  `(?:${EN_MONTH_NAMES}|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|январ[яе]|феврал[яе]|март[ае]|апрел[яе]|ма[яе]|июн[яе]|июл[яе]|август[ае]|сентябр[яе]|октябр[яе]|ноябр[яе]|декабр[яе])`;
