// A small table of common English given-name diminutives, so "Bob Smith" and "Robert Smith" compare as one name.
// Deliberately short: a long table adds false joins ("Chris" is Christopher or Christine) more than it helps.

const GROUPS: readonly (readonly string[])[] = [
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['katherine', 'kate', 'katie', 'kathy', 'kat', 'catherine', 'cathy', 'kathryn'],
  ['margaret', 'maggie', 'meg', 'peggy', 'marge'],
  ['richard', 'rick', 'ricky', 'dick', 'rich'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['joseph', 'joe', 'joey'],
  ['thomas', 'tom', 'tommy'],
  ['charles', 'charlie', 'chuck'],
  ['daniel', 'dan', 'danny'],
  ['matthew', 'matt'],
  ['anthony', 'tony'],
  ['david', 'dave', 'davey'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['jennifer', 'jen', 'jenny'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['susan', 'sue', 'susie'],
  ['rebecca', 'becky', 'becca'],
  ['deborah', 'deb', 'debbie'],
  ['alexander', 'alex', 'xander'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['nicholas', 'nick', 'nicky'],
  ['jonathan', 'jon', 'johnny'],
  ['john', 'jack'],
  ['steven', 'steve', 'stephen'],
  ['andrew', 'andy', 'drew'],
  ['christopher', 'chris', 'topher'],
  ['victoria', 'vicky', 'tori'],
  ['jessica', 'jess', 'jessie'],
  ['gregory', 'greg'],
  ['timothy', 'tim', 'timmy'],
  ['kenneth', 'ken', 'kenny'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['barbara', 'barb', 'babs'],
  ['dorothy', 'dot', 'dottie'],
  ['abigail', 'abby'],
  ['pamela', 'pam'],
  ['sandra', 'sandy'],
  ['theodore', 'theo'],
  ['francisco', 'paco', 'pancho'],
  ['jose', 'pepe'],
];

const CANONICAL: ReadonlyMap<string, string> = new Map(GROUPS.flatMap((g) => g.map((n) => [n, g[0]] as const)));

/** The formal form of a (normalised, lowercase) given name, or the name itself when it is not in the table. */
export function canonicalGivenName(name: string): string {
  return CANONICAL.get(name) ?? name;
}

/** The table, for the demo data generator (formal name -> diminutives). */
export function nicknamesOf(formal: string): readonly string[] {
  return GROUPS.find((g) => g[0] === formal)?.slice(1) ?? [];
}
