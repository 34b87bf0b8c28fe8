// Given-name diminutives and their formal names, so 'Larry' and 'Lawrence' compare as one name.
// ORIGIN: no maintained nickname data set is published on the npm registry (checked 2026-12-02: `nicknames`
// 1.0.2 generates nicknames, it has no lookup table; others are absent). This table is ours, compiled from the
// common English diminutives (the same relations as the Apache-2.0 carltonnorthern/nicknames names.csv, reduced
// to frequent names) plus Spanish/Portuguese, German, Italian, French and Slavic hypocorisms that appear in North
// American customer data (Lupe, Pepe, Paco, Nacho, Chema, Sasha, Misha…). A diminutive that stands for several
// formal names (Chris, Alex, Sam, Pat, Sasha…) is listed under each: sameGivenName then says 'nickname' for any
// pair sharing one formal name, which is evidence, never proof (the matcher weighs it below an exact name).
// Format: 'formal:nick nick …' groups separated by ';' (compact: this module ships in several bundles).
const TABLE =
  'abigail:abby abbie gail;abraham:abe bram;adam:ade;adrian:ade;agnes:aggie nessa;albert:al bert bertie;alan:al;'
  + 'alexander:alex al alec lex sandy sasha xander sacha sanya;alexandra:alex alexa sandra sandy sasha lexi sacha sanya;'
  + 'alfred:al alf alfie fred freddie;alice:allie ali;alison:ali allie;amanda:mandy manda;andrew:andy drew;'
  + 'angela:angie;anna:ann annie anya;anne:annie nan nancy;anthony:tony ant;antonio:tony toni tono nino;'
  + 'arthur:art artie;barbara:barb barbie babs;benjamin:ben benny benji;bernard:bernie;beverly:bev;bradley:brad;'
  + 'bridget:biddy bridie;caroline:carrie carol caro;catherine:cathy kate katie kat cat;charles:charlie chuck chas chaz;'
  + 'charlotte:charlie lottie lotte;christina:chris tina chrissy kristy;christine:chris chrissy tina;'
  + 'christopher:chris kit topher;clifford:cliff;cynthia:cindy;daniel:dan danny;david:dave davey;deborah:deb debbie;'
  + 'dennis:denny;donald:don donnie;dorothy:dot dottie dolly;douglas:doug;edward:ed eddie ted ned;eleanor:ellie nell nora;'
  + 'elizabeth:liz lizzie beth betty bette betsy eliza libby lisa bess elsie;ellen:ellie nell;emily:em emmy millie;'
  + 'eugene:gene;evelyn:evie;florence:flo flossie;frances:fran fanny frankie;francis:frank frankie fran;'
  + 'francisco:frank paco pancho cisco kiko;frederick:fred freddie fritz;gabriel:gabe;gabrielle:gabby gabi;'
  + 'geoffrey:geoff jeff;gerald:gerry jerry;gregory:greg;guadalupe:lupe lupita pita;harold:hal harry;'
  + 'harriet:hattie;helen:nell ellie lena;henry:hank harry hal;herbert:herb bert;ignacio:nacho;isabel:izzy bel isa;'
  + 'jacob:jake jay;james:jim jimmy jamie jem;jane:janie jenny;janet:jan;jeffrey:jeff;jennifer:jen jenny jenn;'
  + 'jessica:jess jessie;joan:joanie;john:jack johnny jon;jonathan:jon jonny nathan;jose:pepe chepe joe;'
  + 'jose maria:chema josema;joseph:joe joey jo;josephine:jo josie;joshua:josh;judith:judy;julia:julie jules;'
  + 'katherine:kate kathy katie kat kitty cathy;kathleen:kathy kate;kenneth:ken kenny;kimberly:kim;'
  + 'lawrence:larry lars laurie;laurence:larry laurie;leonard:len lenny leo;leslie:les;lillian:lily lil;louis:lou;'
  + 'louise:lou lulu;luis:lucho;manuel:manny manolo;margaret:maggie meg peggy marge madge greta daisy maisie;'
  + 'maria:mari mia;mary:molly polly mae mamie;matthew:matt;melissa:missy mel lissa;michael:mike mikey mick mickey misha;'
  + 'mikhail:misha;mildred:millie;mitchell:mitch;nathan:nate;nathaniel:nate nat;nicholas:nick nicky nico;'
  + 'nicole:nikki nicky;oliver:ollie;pamela:pam;patricia:pat patty trish tricia;patrick:pat paddy rick;'
  + 'peter:pete;philip:phil pip;rachel:rae;raymond:ray;rebecca:becky becca;refugio:cuco;richard:rick dick rich ricky;'
  + 'robert:bob bobby rob robbie bert;rodney:rod;ronald:ron ronnie;rosalind:roz;rosemary:rosie;samantha:sam sammy;'
  + 'samuel:sam sammy;sandra:sandy;sarah:sally sadie;stanley:stan;stephen:steve stevie;steven:steve stevie;'
  + 'susan:sue susie suzy;suzanne:sue suzy;theodore:ted teddy theo;theresa:terry tess tessa;thomas:tom tommy;'
  + 'timothy:tim timmy;valerie:val;victor:vic;victoria:vicky tori;vincent:vince vinny;walter:walt wally;'
  + 'william:bill billy will willy liam;wolfgang:wolf;yolanda:yoli;zachary:zach zack;enrique:kike quique;'
  + 'alejandro:alex ale jano;alejandra:alex ale;eduardo:lalo eddie;guillermo:memo willy;jesus:chucho chuy;'
  + 'rosario:chayo;dolores:lola;concepcion:concha conchita;mercedes:meche;graciela:chela;ramon:moncho;'
  + 'roberto:beto tito;alberto:beto;humberto:beto;gilberto:beto;rafael:rafa;fernando:nando fer;'
  + 'johann:hans;johannes:hans;katharina:katja kathi;elisabeth:lisa liesel sisi;giuseppe:beppe peppe pino;'
  + 'giovanni:gianni nino;dmitri:dima;vladimir:vova volodya;ekaterina:katya;natalia:natasha;anastasia:nastya stacy;'
  + 'ivan:vanya;aleksandr:sasha sanya;tatiana:tanya;svetlana:sveta;maximilian:max;maxwell:max;jacqueline:jackie;'
  + 'ronaldo:ronny;priscilla:cilla;veronica:ronnie vera;wilhelmina:mina willa;cornelius:neil;kristopher:kris;'
  + 'kristen:kris;christian:chris;donna:donnie;dominic:dom;harrison:harry;madeline:maddie;jillian:jill;'
  + 'nancy:nan;penelope:penny;tobias:toby;augustus:gus;angus:gus;jerome:jerry;gerard:gerry;luke:lucas;';

function build(): ReadonlyMap<string, readonly string[]> {
  const formals = new Map<string, string[]>();
  const add = (name: string, formal: string): void => {
    const list = formals.get(name);
    if (!list) formals.set(name, [formal]);
    else if (!list.includes(formal)) list.push(formal);
  };
  for (const group of TABLE.split(';')) {
    if (group === '') continue;
    const [formal, nicks] = group.split(':');
    add(formal, formal);
    for (const nick of nicks.split(' ')) add(nick, formal);
  }
  return formals;
}

const FORMALS = build();

/** Every formal name the (folded) given name can stand for; [name] itself when the table does not know it. */
export function formalNamesOf(given: string): readonly string[] {
  return FORMALS.get(given) ?? [given];
}

/** 'exact' when equal, 'nickname' when they share a formal name ('bob'/'robert', 'bob'/'rob'), else 'different'. */
export function sameGivenName(a: string, b: string): 'exact' | 'nickname' | 'different' {
  if (a === '' || b === '') return 'different';
  if (a === b) return 'exact';
  const fa = formalNamesOf(a);
  const fb = formalNamesOf(b);
  for (const f of fa) if (fb.includes(f)) return 'nickname';
  return 'different';
}
