// Everyday English words (base forms) that news headlines and sentences are made of. Used only when
// the document itself says nothing about a word; a word the page capitalises mid-sentence is a name
// whatever this list says. Deliberately leaves out words that are often surnames (Cook, Bush, May…).
const WORDS = `
able abroad absence abuse access accident account accuse achieve acknowledge acquire act action active activist
activity actual add address admit adopt advance advantage advice adviser affair affect afford afternoon age agency
agenda agent aggressive agree agreement ahead aid aim air aircraft airline airport alarm alert alive allow ally
alliance almost alone already alternative amount analysis analyst ancient anger angry animal announce annual
answer anxiety apart appeal appear application apply appoint approach approve area argue argument arm army arrest
arrival arrive art article artificial ask assault assess asset assist attack attempt attend attention attract
audience author authority available average avoid award aware away back bad balance ban band bar barrier base
basic basis battle bear beat become begin behavior behaviour belief believe benefit best bet better bid big bill
billion bind biological bird birth bit bitter blame blast block blood blow board boat body bold bomb bond book
boost border borrow boss bottom boundary box boy brain brand breach break breakthrough brief bright bring broad
broadcast budget build building burden burn business buy cabinet call calm camp campaign cancel cancer candidate
capacity capital captain capture car carbon card care career careful carry case cash casualty catch cause caution
cease ceasefire celebrate cell center central centre century ceremony certain chain chair challenge champion
championship chance change channel chaos chapter charge charity chart cheap check chemical chief child choice
choose circle cite citizen city civil civilian claim clash class clean clear climate climb clinic close cloud
club coal coalition coast coastline code collapse colleague collect collection college combat combine come comfort
command comment commercial commission commit commitment committee common communication community company compare
compete competition complain complete complex concern concert conclude condition conduct conference confidence
confirm conflict confront congress connect consent consequence consider constant construction consumer contact
contain content contest continue contract contrast contribute control controversy convert convict conviction
cooperation copper core corporate correct cost council count counter country county couple courage course court
cover crack crash create creative credit crew crime criminal crisis critic critical criticism criticize crop
cross crowd crucial cruise cry cultural culture cup currency current custom customer cut cyber daily damage danger
dark data date daughter day dead deadline deadly deal death debate debt decade decide decision declare decline deep
defeat defence defend defense deficit define delay deliver delivery demand democracy democratic deny department
depend deploy deputy describe design despite destroy detail detect develop development device die diet difference
different difficult digital dinner diplomacy diplomat diplomatic direct direction director disaster discover
discovery discuss disease dismiss display dispute distance district divide division doctor document dollar domestic
donate door double doubt down draft drag drama draw dream drink drive drop drought drug due during duty early earn
earth earthquake ease east eastern easy economic economy edge edition editor education effect effort elect election
electric electricity element eligible eliminate embrace emergency emerge emission empire employ employee employer
empty enable encourage end enemy energy enforce engage engine engineer enhance enjoy enormous ensure enter entire
entry environment environmental equal equipment era escape essential establish estimate ethnic event eventually
evidence exact examine example exceed exchange executive exercise exist exit expand expansion expect expectation
expense expensive experience experiment expert explain explode exploration explore explosion export expose express
extend extra extreme eye face facility fact factor factory fail failure fair faith fall false family famous fan far
farm farmer fast fatal fate father fault favor favour fear feature federal fee feel fellow female festival few field
fight figure file fill film final finally finance financial find fine finish fire firm first fiscal fit fix flag
flat flee fleet flight flood floor flow fly focus fold follow food foot force forecast foreign forest forget form
formal former fortune forward found foundation frame framework free freedom frequent fresh friend front fuel full
fund funding funeral future gain game gap gas gather general generate generation gesture giant gift girl give glass
global goal gold good govern government governor grab grade grain grand great greater grip gross ground group grow
growth guarantee guard guidance guide guilty gun half hall halt hand handle hang happen happy hard harm head health
healthy hear hearing heart heat heavy height help heritage hidden high highlight hike hire historic historical
history hit hold holiday home hope hospital host hostage hot hour house housing huge human humanitarian hunger hunt
hurt idea identify identity illegal image impact implement import importance important impose improve incident
include income increase independence independent index indicate individual industry inflation influence inform
information infrastructure initial initiative injure injury innocent inquiry inside insist inspect inspire install
instance institute institution insurance intelligence intend intense intent interest interim internal
international interview introduce invade invasion invest investigate investigation investment investor invite
involve island issue item job join joint journal journey judge judgment jump junior jury just justice keep key kill
kind know knowledge label labor labour lack lake land landmark language large largest last late launch law lawmaker
lawsuit lawyer lay lead leader leadership leading leak learn least leave left legacy legal legislation lend less
lesson let letter level liberal library license lie life lift light likely limit line link list listen little live
loan local location lock long look loose lose loss lost lot love low lower loyal machine main maintain major
majority make male manage management manager mandate manufacturing map march margin mark market marriage mass
massive master match material matter maximum meaning measure media medical medicine meet meeting member memory
mental mention merger message metal method middle might migrant migration mild military million mind mine mineral
minimum minister ministry minor minority minute mission mistake mix mobile model moderate modern moment money month
mood moral morning mother motion move movement much murder museum music mutual name narrow nation national native
natural nature navy near nearly need negotiate negotiation neighbor neighbour net network never new news next night
nominate nomination normal north northern note notice novel nuclear number object objective obtain occupy occur
ocean offer office officer official oil old online open operate operation operator opinion opponent opportunity
oppose opposition option order ordinary organization organisation organize origin original outbreak outcome outlook
output outside overall overcome owner pace pack package page pain panel parent park parliament part participate
partner partnership party pass passenger past path patient pattern pause pay payment peace peak penalty pension
people percent perfect perform performance period permanent permit person personal phase phone pick picture piece
pilot pipeline place plan plane planet plant platform play player plea plead pledge plot plunge plus pocket point
police policy political politician politics poll pollution pool poor popular population port portion pose position
positive possible post potential pound poverty power powerful practice praise pray predict prefer premier premium
prepare presence present preserve president press pressure prevent previous price pride primary prime prince
principle print priority prison prisoner private prize probe problem procedure process produce product production
profit program programme progress project promise promote proof property proposal propose prosecutor prospect
protect protection protest prove provide province provision public publish pull punish purchase purpose push put
quake quality quarter question quick quiet quit quota race radical raid rail rain raise rally range rank rapid rare
rate reach react reaction read ready real reality realize reason rebel rebuild receive recent record recover
recovery reduce reform refuse regime region regional register regulate regulator reject relation relationship
release relief religious rely remain remarkable remove renew rent repair repeat replace report represent republic
request require rescue research researcher reserve resident resign resignation resist resolution resolve resource
respect respond response responsibility rest restore restrict result resume retail retire return reveal revenue
review revolution reward rich ride right rise risk rival river road rock role roll room root round route row royal
rule ruling run rural rush safe safety salary sale sample sanction satellite save say scale scandal scene schedule
scheme school science scientific scientist score sea search season seat second secret secretary section sector
secure security seek seize select sell senate senator send senior sense sentence separate series serious serve
service session set settle settlement severe shadow shape share sharp shelter shift ship shock shoot shop short
shortage shot show shut side sign signal significant silence silver simple single site situation size skill sky
slash slide slow slump small smart social society soft soldier solid solution solve son soon source south southern
space speak speaker special species speech speed spend spending spirit split sport spot spread spring spy squad
stable staff stage stake stand standard star start state statement station status stay steady steal steel step
stock stop storm story strategic strategy stream street strength stress strike strong structure struggle student
study style subject submit subsidy success successful suffer suggest suit summer summit supply support supporter
supreme surge surface surprise survey survive survivor suspect suspend sustain swing symbol system table tackle
take talent talk target task tax teacher team tech technical technique technology telescope television tell term
terror terrorism terrorist test text thank theater theatre theory thing think threat threaten threshold ticket tide
tie tight time tiny title today together toll top total touch tough tour tourism tourist toward town track trade
tradition traditional traffic tragedy train transfer transform transition transport travel treat treaty tree trend
trial tribunal trigger trip troop trouble truce true trust truth try turn turnout twin type uncertain uncertainty
under understand union unique unit unite unity universe university unknown unrest update upgrade urban urge use
usual vaccine value variety various vast vehicle venture verdict version veteran veto victim victory video view
village violate violence violent visit vital voice volume volunteer vote voter vow wage wait walk wall want war
warm warn warning watch water wave way weak wealth weapon wear weather website week weekend weigh welcome welfare
well west western wide wife wild wildfire win wind window winner winter wipe wish withdraw witness woman wonder
word work worker world worry worth wound write wrong year yield youth zone
`;

export const LEXICON = new Set(WORDS.split(/\s+/).filter(Boolean));

/** The word or one of its inflections is in the list ("targets", "marked", "surging", "cities"). */
export function inLexicon(word: string): boolean {
  const w = word.toLowerCase();
  const forms = [w, w.replace(/s$/, ""), w.replace(/es$/, ""), w.replace(/ies$/, "y"), w.replace(/ied$/, "y"),
    w.replace(/ed$/, ""), w.replace(/d$/, ""), w.replace(/ing$/, ""), w.replace(/ing$/, "e"), w.replace(/(.)\1(?:ed|ing)$/, "$1"),
    w.replace(/er$/, ""), w.replace(/est$/, ""), w.replace(/ly$/, "")];
  return forms.some((f) => f.length > 1 && LEXICON.has(f));
}
