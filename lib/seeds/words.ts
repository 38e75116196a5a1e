// Small, topic-neutral English word lists. The document's own evidence (see word-stats.ts) does
// most of the work; these cover the words every story uses and that are never names.

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Lower-case inside Title Case headlines; a headline rarely ends on one. */
export const MINOR = set(`a an the and or but nor of in on at to by for from with into onto over under
  as vs vs. v. via per than amid upon off up out de du la le von van der da del di`);

/** Capitalised mid-headline these almost always mean a new sentence has started. */
export const SENTENCE_ONLY = set(`the a an and or but nor`);
export const PRONOUNS = set(`they he she we their his her its this these those our`);

/** Words that typically open a news sentence. */
export const STRONG_OPENERS = set(`the a an this these those that their its his her our they he she it we i
  there both each every some many most all several no neither either such another`);

/** Number words open sentences ("Three hostages were…", "Hundreds of trucks…"). */
export const NUMBER_WORDS = set(`one two three four five six seven eight nine ten eleven twelve twenty thirty forty
  fifty hundred hundreds thousand thousands million millions dozen dozens`);
export const WEAK_OPENERS = set(`in on at after before during while when as although though however meanwhile
  despite following according under with by for since earlier later last yesterday today if once
  officials authorities researchers scientists analysts experts investors police rescuers critics residents
  voters lawmakers leaders prosecutors regulators shares sales revenue`);

/** Function words: common whatever the document says. */
export const FUNCTION = set(`a an the and or but nor of in on at to by for from with into onto over under as
  than via per amid upon off up out about after before during while when where which who whom whose that this
  these those their its his her our your my they he she it we i you there here both each every some many most
  all several no not neither either such another other any also only just yet still even so then thus
  is are was were be been being has have had do does did will would can could may might must should shall
  since until though although however because if once despite against between among through across toward
  towards without within along around behind beyond near ${[...NUMBER_WORDS].join(" ")}`);

/** Titles bind to the name that follows them ("President Lee", "Chief Financial Officer Jane Doe"). */
export const TITLES = set(`president vice prime minister premier chancellor secretary senator sen. rep.
  representative governor gov. mayor judge justice chief ceo cfo coo cto chair chairman chairwoman chairperson
  director officer spokesperson spokesman spokeswoman ambassador general gen. admiral colonel col. captain capt.
  coach manager king queen prince princess pope cardinal bishop professor prof. dr. mr. mrs. ms. sir dame
  commissioner inspector sheriff attorney prosecutor speaker leader founder deputy acting former`);

/** Words that form a title with one that follows ("Foreign Minister", "Chief Financial Officer"). */
export const TITLE_MODIFIERS = set(`foreign defense defence finance financial interior health home trade economy
  energy justice education labor labour transport environment agriculture commerce treasury state operating
  executive technology information prime vice deputy acting former general attorney supreme chief senior
  assistant associate first managing national security outgoing incoming interim new late ex then`);

/** Abbreviations whose final dot does not end a sentence. */
export const ABBREVIATIONS = set(`vs. v. inc. corp. co. ltd. jr. sr. st. dr. mr. mrs. ms. no. gen. gov. sen. rep.
  prof. mt. ft. lt. col. sgt. capt. jan. feb. mar. apr. aug. sept. sep. oct. nov. dec. etc. e.g. i.e. a.m. p.m.
  approx. est. dept. univ. ave.`);

/** Endings of common-word forms; names rarely end this way. Weak evidence only. */
export const COMMON_SUFFIX = /(?:tion|sion|ment|ity|ies|ous|ive|ance|ence|ship|ism|ists?|ers|ors|ics|als)$/;

/** Capitalised, these start place and organisation names ("North Korea", "New York", "St. Louis"). */
export const NAME_PREFIXES = set(`north south east west northern southern eastern western central new san santa
  saint st. st los las el al le la united great`);
