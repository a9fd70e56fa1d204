import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: common US given names and surnames (U.S. Census/SSA frequency lists, public domain);
// companies and streets are invented or generic. Phones use real area codes of each city.
export const US: LocaleSource = {
  code: 'US',
  country: 'United States',
  countryVariants:
    'USA|U.S.A.|US|U.S.|United States of America|united states|america|Vereinigte Staaten|usa|États-Unis',
  nativeScript: 0,
  male: 'James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary Douglas Peter Kyle',
  female:
    'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Debra Rachel Carolyn Janet Maria Olivia Heather Helen Catherine Diane Julie Victoria Joyce Lauren Kelly Christina Megan',
  surnames:
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Murphy Cook Rogers O'Brien O'Neil McDonald DeVito",
  surnameRule: 'none',
  nicknames:
    'Robert:Bob,Rob,Bobby;William:Bill,Will,Billy;Richard:Rick,Rich,Dick;James:Jim,Jimmy,Jamie;John:Johnny,Jack;Michael:Mike,Mikey;Thomas:Tom,Tommy;Christopher:Chris;Daniel:Dan,Danny;Matthew:Matt;Joseph:Joe,Joey;Anthony:Tony;Steven:Steve;Andrew:Andy,Drew;Edward:Ed,Eddie,Ted;Charles:Charlie,Chuck;David:Dave;Kenneth:Ken,Kenny;Timothy:Tim;Ronald:Ron;Jeffrey:Jeff;Nicholas:Nick;Jonathan:Jon;Samuel:Sam;Gregory:Greg;Alexander:Alex;Patrick:Pat;Benjamin:Ben;Zachary:Zach;Douglas:Doug;Elizabeth:Liz,Beth,Betty,Lizzie;Patricia:Pat,Patty,Trish;Jennifer:Jen,Jenny;Margaret:Maggie,Peggy,Meg;Katherine:Kate,Katie,Kathy;Catherine:Cathy,Cat;Susan:Sue,Susie;Deborah:Debbie,Deb;Rebecca:Becky;Samantha:Sam;Victoria:Vicky,Tori;Christina:Chris,Tina;Christine:Chris;Kimberly:Kim;Pamela:Pam;Stephanie:Steph;Jessica:Jess;Cynthia:Cindy;Kathleen:Kathy;Dorothy:Dot;Amanda:Mandy',
  cities:
    'New York|100##|New York|212;San Francisco|941##|California|415;Chicago|606##|Illinois|312;Boston|021##|Massachusetts|617;Seattle|981##|Washington|206;Austin|787##|Texas|512;Miami|331##|Florida|305;Denver|802##|Colorado|303;Atlanta|303##|Georgia|404;Los Angeles|900##|California|213;Philadelphia|191##|Pennsylvania|215;Phoenix|850##|Arizona|602;Portland|972##|Oregon|503;Minneapolis|554##|Minnesota|612',
  stateFill: 0.85,
  streets:
    'Main St;Oak Ave;Maple Street;Park Avenue;Washington Blvd;Lake Drive;Pine St;Cedar Lane;Elm Street;Market St;Broadway;Sunset Blvd;Madison Ave;Lincoln Road;Jefferson St;Highland Ave;River Road;Hillcrest Dr;Franklin St;Spring Street',
  streetTemplates: ['{n} {s}', '{n} {s}', '{n} {s}, Suite {m}00', '{n} {s}\nSuite {m}00', '{n} {s} Apt {m}'],
  companyWords:
    'Summit;Pioneer;Liberty;Evergreen;Blue Ridge;Northstar;Redwood;Keystone;Granite;Silverline;Brightpath;Harbor;Cascade;Frontier;Ironclad;Clearwater;Pinnacle;Acme;Bluebird;Lakeside;Apex;Sterling;Golden Gate;Riverside',
  companyIndustries:
    'Software;Logistics;Analytics;Health;Capital;Labs;Systems;Solutions;Partners;Energy;Foods;Media;Consulting;Robotics;Networks;Realty;Insurance;Manufacturing;Marketing;Cloud',
  legalForms: '{c} Inc.;{c} LLC;{c}, Inc.;{c} Corp.;{c} Corporation;{c} Co.;{c}, LLC',
  tld: 'com',
  freeMail:
    'gmail.com:45 yahoo.com:15 hotmail.com:10 outlook.com:10 aol.com:5 icloud.com:8 comcast.net:4 msn.com:3',
  phone: {
    cc: '1',
    trunk: '1',
    // NANP has no separate mobile ranges; mobiles use the same area codes.
    mobile: '212 415 312 617 206 512 305 303 404 213 646 917 332 718',
    mobileLen: 10,
    landLen: 10,
    national: (n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
    international: (n) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
  },
  titles: '',
};
