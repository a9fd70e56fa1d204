import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: common given names and surnames of England and Wales (ONS frequency lists, OGL);
// companies and streets are invented or generic. Landline area codes are the cities' real ones.
export const GB: LocaleSource = {
  code: 'GB',
  country: 'United Kingdom',
  countryVariants:
    'UK|U.K.|Great Britain|England|GB|Britain|united kingdom|Scotland|Wales|Vereinigtes Königreich',
  nativeScript: 0,
  male: 'Oliver George Harry Jack Jacob Noah Charlie Thomas Oscar William James Henry Leo Alfie Joshua Freddie Archie Ethan Isaac Alexander Joseph Edward Samuel Max Daniel Arthur Lucas Mohammed Logan Theo Harrison Benjamin Mason Sebastian Finley Adam Dylan Zachary Riley Teddy Toby Reuben Elliot Matthew Lewis Callum Liam Ryan Nathan Connor Rhys Gareth Iain Nigel Graham Stuart Ian',
  female:
    'Olivia Amelia Isla Ava Emily Isabella Mia Poppy Ella Lily Sophie Grace Evie Jessica Charlotte Freya Sophia Chloe Harriet Ruby Lucy Alice Florence Matilda Eleanor Imogen Hannah Rosie Millie Phoebe Holly Katie Eve Megan Bethany Rebecca Lauren Gemma Kirsty Siobhan Fiona Claire Rachel Joanne Helen Victoria Sarah Emma Louise Catherine Elizabeth Margaret',
  surnames:
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mason Mitchell Rose Davis Rodgers Turner Hughes Edwards Cooper Harris Ward Morris Martin Clark Lee King Baker Harrison Morgan Allen Hill Scott Moore Young Watson Bennett Carter Shaw Parker Campbell Murray Kelly O'Connor McLaughlin Fitzgerald Ashworth",
  surnameRule: 'none',
  nicknames:
    'William:Will,Bill;Robert:Rob,Bob,Robbie;Thomas:Tom,Tommy;Alexander:Alex,Sandy;Edward:Ed,Eddie,Ted;Joseph:Joe;Samuel:Sam;Daniel:Dan,Danny;Benjamin:Ben;Matthew:Matt;Frederick:Fred,Freddie;Archibald:Archie;Elizabeth:Liz,Lizzie,Beth;Catherine:Kate,Cath;Margaret:Maggie,Peggy;Victoria:Vicky,Tori;Rebecca:Becky;Charlotte:Lottie,Charlie;Eleanor:Ellie,Nell;Isabella:Bella,Izzy;Florence:Flo;Matilda:Tilly;Jessica:Jess;Sophie:Soph;Harriet:Hattie;Phoebe:Phoebs',
  cities:
    'London|SW1A #@@|Greater London|20+7;London|EC2A #@@|Greater London|20+3;London|N1 #@@|Greater London|20+8;Manchester|M1 #@@|Greater Manchester|161+4;Birmingham|B1 #@@|West Midlands|121+4;Leeds|LS1 #@@|West Yorkshire|113+2;Glasgow|G1 #@@|Scotland|141+4;Edinburgh|EH1 #@@|Scotland|131+2;Bristol|BS1 #@@|Bristol|117+9;Liverpool|L1 #@@|Merseyside|151+5;Cambridge|CB2 #@@|Cambridgeshire|1223+3;Cardiff|CF10 #@@|Wales|29+20;Newcastle upon Tyne|NE1 #@@|Tyne and Wear|191+2;Sheffield|S1 #@@|South Yorkshire|114+2',
  stateFill: 0.2,
  streets:
    'High Street;Station Road;Church Lane;Victoria Road;Park Road;King Street;Queen Street;Mill Lane;London Road;The Green;Manor Road;Kingsway;Oxford Street;Castle Street;Bridge Street;New Road;Chapel Street;Albert Road;York Road;Grosvenor Square',
  streetTemplates: ['{n} {s}', '{n} {s}', 'Flat {m}, {n} {s}', 'Unit {m}\n{n} {s}', '{n} {s}'],
  companyWords:
    'Albion;Thames;Pennine;Crown;Oakwood;Highgate;Sovereign;Britannia;Kingfisher;Mercia;Hadrian;Windsor;Clyde;Severn;Waverley;Cotswold;Lionheart;Regent;Bramley;Ashdown;Marlow;Harrow;Avon',
  companyIndustries:
    'Consulting;Logistics;Engineering;Digital;Ventures;Property;Holdings;Services;Media;Recruitment;Software;Retail;Brewing;Finance;Design;Energy;Security;Analytics;Healthcare;Trading',
  legalForms: '{c} Ltd;{c} Limited;{c} Ltd.;{c} PLC;{c} LLP;{c} plc',
  tld: 'co.uk',
  freeMail:
    'gmail.com:40 hotmail.co.uk:15 yahoo.co.uk:10 outlook.com:10 btinternet.com:8 live.co.uk:5 icloud.com:7 sky.com:5',
  phone: {
    cc: '44',
    trunk: '0',
    mobile:
      '7711 7723 7734 7745 7756 7767 7788 7799 7802 7812 7825 7838 7903 7912 7944 7955 7970 7984 7401 7412 7456 7507 7533 7588',
    mobileLen: 10,
    landLen: 10,
    national: (n, a) => `0${n.slice(0, a)} ${ukRest(n.slice(a))}`,
    international: (n, a) => `${n.slice(0, a)} ${ukRest(n.slice(a))}`,
  },
  titles:
    'Managing Director=ceo;Director=owner;Head of Sales=vp-sales;Business Development Manager=sales-manager',
};

function ukRest(rest: string): string {
  if (rest.length === 8) return `${rest.slice(0, 4)} ${rest.slice(4)}`;
  if (rest.length === 7) return `${rest.slice(0, 3)} ${rest.slice(3)}`;
  return rest;
}
