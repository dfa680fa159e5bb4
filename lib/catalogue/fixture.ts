/**
 * A small catalogue in the sources' own formats, rows copied from assets/catalogue (test-only
 * module): S/RES/2334 (2016) and S/RES/2231 (2015) with their meetings, A/RES/78/165 with its
 * report, a GA roll call, a veto, the junk row and a duplicate.
 */
import { buildCatalogue, expandCatalogue, type CatalogueInputs } from './build';
import { memoryCatalogue, type CatalogueStore } from './store';

const VOTING = [
  'undl_record_id,body,symbol,vote_date,title,agenda,meeting_record,committee_report,n_yes,n_no,n_abstain,n_nonvoting,n_listed',
  '454783,?,N/A,N/A,Respect for the purposes and principles contained in the Charter : resolution / adopted by the General Assembly,,,A/56/583/Add.2,0,0,0,0,0',
  '853517,SC,S/RES/2334(2016),2016-12-23,"Security Council resolution 2334 (2016) [on cessation of Israeli settlement activities in the Occupied Palestinian Territory, including East Jerusalem]",S/71 [53] TERRITORIES OCCUPIED BY ISRAEL || S/71 [50] PALESTINE QUESTION || S/71 [54] MIDDLE EAST SITUATION,S/PV.7853,,14,0,1,0,15',
  '3794321,SC,S/RES/2231(2015),2015-07-20,"Security Council resolution 2231 (2015) [on Joint Comprehensive Plan of Action (JCPOA) on the Islamic Republic of Iran\'s nuclear programme]",S/70 [23] NUCLEAR NON-PROLIFERATION,S/PV.7488,,15,0,0,0,15',
  '1,SC,S/RES/2233(2015),2015-07-29,Security Council resolution 2233 (2015) [on extension of the mandate of the UN Assistance Mission for Iraq (UNAMI)],S/70 [40] IRAQ SITUATION,S/PV.7496,,15,0,0,0,15',
  '2,SC,S/RES/2299(2016),2016-07-25,Security Council resolution 2299 (2016) [on extension of the mandate of the UN Assistance Mission for Iraq (UNAMI)],S/71 [40] IRAQ SITUATION,S/PV.7740,,15,0,0,0,15',
  '3,SC,S/RES/2299(2016),2016-07-25,Security Council resolution 2299 (2016) [a second record of the same symbol],S/71 [40] IRAQ SITUATION,S/PV.7740,,15,0,0,0,15',
  '4031242,GA,A/RES/78/165,2023-12-19,Eradicating rural poverty to implement the 2030 Agenda for Sustainable Development : resolution / adopted by the General Assembly,A/78/251 21b Eradicating rural poverty to implement the 2030 Agenda for Sustainable Development. RURAL POVERTY,A/78/PV.49,A/78/464/Add.2,125,50,1,17,193',
  '661040,GA,A/RES/1134(XII),1957-09-17,Admission of the Federation of Malaya to membership in the United Nations : resolution / adopted by the General Assemly,A/3680 25 Admission of new Members to the United Nations.,A/PV.678,A/3655/Rev.1,80,0,0,1,81',
].join('\n');

const VOTES = [
  '{"undl_record_id": "853517", "symbol": "S/RES/2334(2016)", "votes": [["Y", "ANGOLA"], ["Y", "CHINA"], ["Y", "EGYPT"], ["Y", "FRANCE"], ["Y", "JAPAN"], ["Y", "MALAYSIA"], ["Y", "NEW ZEALAND"], ["Y", "RUSSIAN FEDERATION"], ["Y", "SENEGAL"], ["Y", "SPAIN"], ["Y", "UKRAINE"], ["Y", "UNITED KINGDOM"], ["Y", "URUGUAY"], ["Y", "VENEZUELA (BOLIVARIAN REPUBLIC OF)"], ["A", "UNITED STATES"]]}',
  '{"undl_record_id": "4031242", "symbol": "A/RES/78/165", "votes": [["Y", "CHINA"], ["N", "FRANCE"], ["N", "UNITED STATES"], ["A", "UKRAINE"], ["X", "SPAIN"]]}',
].join('\n');

const MEETINGS = [
  'source_file,year,meeting_record,date,press_release,topic,outcome_raw,resolution_symbols,vote_tallies',
  'scact2016_table_en.html,2016,S/PV.7853,23 December,SC/12657,"The situation in the Middle East, including the Palestinian question",S/RES/2334 (2016) 14-0-1,S/RES/2334 (2016),14-0-1',
  'scact2015_table_en.html,2015,S/PV.7488,20 July,SC/11974,Non-proliferation,S/RES/2231 (2015) 15-0-0,S/RES/2231 (2015),15-0-0',
  'scact2016_table_en.html,2016,S/PV.7785,8 October,SC/12545,The situation in the Middle East,Draft resolution S/2016/846 vetoed by Russian Federation 11-2-2,,11-2-2',
  'scact2016_table_en.html,2016,S/PV.7650,17 March,SC/12287,Reports of the Secretary-General on the Sudan and South Sudan,S/PRST/2016/1,,',
  'scact1946_table_en.html,1946,S/PV.87,19 December,,Greek complaint concerning the situation in northern Greece,S/RES/15 (1946) adopted unanimously,S/RES/15 (1946),',
  'scact1946_table_en.html,1946,--,,,Complaint,Communiqué,,',
].join('\n');

const ROLL_CALLS = [
  '"rcid","session","importantvote","date","unres","amend","para","short","descr"',
  '3,1,0,1946-01-01,"R/1/66",1,0,"AMENDMENTS, RULES OF PROCEDURE","TO ADOPT A CUBAN AMENDMENT"',
  '900,12,1,1957-09-17,"R/12/1134",0,0,"ADMISSION OF MALAYA","TO ADMIT THE FEDERATION OF MALAYA"',
  '901,12,0,1957-10-14,"R/12/1136",0,0,"CHARTER REVIEW","TO ADOPT THE RESOLUTION AS A WHOLE"',
].join('\n');

const ISSUES = ['"rcid","short_name","issue"', '900,"co","Colonialism"', '900,"hr","Human rights"'].join('\n');

const UNBIS = [
  'ar\tzh\ten\tfr\tru\tes',
  'قضية فلسطين\t巴勒斯坦问题\tpalestine question\tquestion de Palestine\tпалестинский вопрос\tcuestión de Palestina',
  'الحالة في الشرق الأوسط\t中东局势\tmiddle east situation\tsituation au Moyen-Orient\tположение на Ближнем Востоке\tsituación en el Oriente Medio',
  'الفقر الريفي\t农村贫困\trural poverty\tpauvreté rurale\tсельская нищета\tpobreza rural',
  'عدم الانتشار النووي\t核不扩散\tnuclear non-proliferation\tnon-prolifération nucléaire\tнераспространение ядерного оружия\tno proliferación nuclear',
].join('\n');

export const FIXTURE_INPUTS: CatalogueInputs = {
  votingRecords: VOTING + '\n',
  countryVotes: VOTES + '\n',
  meetings: MEETINGS + '\n',
  rollCalls: ROLL_CALLS + '\n',
  rollCallIssues: ISSUES + '\n',
  unbis: UNBIS + '\n',
};

/** The fixture catalogue in memory, as the lookup CLI and the background read one. */
export function fixtureCatalogue(): CatalogueStore {
  const c = buildCatalogue(FIXTURE_INPUTS);
  return memoryCatalogue(expandCatalogue(c.records), { version: 'fixture', states: c.states, subjects: c.subjects });
}
