import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: frequent Finnish given names and surnames (DVV name statistics, public data); companies and
// streets are invented or generic. Area codes and mobile ranges follow the Finnish plan.
export const FI: LocaleSource = {
  code: 'FI',
  country: 'Finland',
  countryVariants: 'Suomi|FI|FIN|finland|Finnland|Finlandia|Finsko|Finlande|Suomen tasavalta',
  nativeScript: 0,
  male: 'Juhani Johannes Mikael Olavi Antero Tapani Kalevi Matti Timo Jari Mika Pekka Jukka Markku Petri Sami Antti Heikki Ville Janne Tuomas Juha Marko Kari Ari Teemu Lauri Aleksi Eero Onni Leo Elias Väinö Eino Veeti Niko Joni Jussi Henri Oskari Toni Hannu Esa Seppo Risto',
  female:
    'Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Sofia Emilia Tuula Päivi Anne Sari Minna Tiina Riitta Merja Pirjo Leena Aino Eveliina Aada Olivia Ella Venla Lotta Siiri Iida Emma Hanna Laura Satu Katja Kirsi Elina Heidi Jenni Sanna Susanna Noora Linnea Niina Outi Eija',
  surnames:
    'Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kettunen Leinonen Miettinen Manninen Räsänen Lehtola Hirvonen Pitkänen Väisänen Kallio Koivisto Lindholm Nyberg',
  surnameRule: 'none',
  nicknames:
    'Johannes:Juha,Jussi,Hannes;Mikael:Mikko,Mikke;Matti:Masa;Juhani:Jussi;Antero:Antti;Aleksi:Ale;Eero:Eki;Timo:Timppa;Pekka:Pekko;Kari:Kaitsu;Helena:Leena,Heli;Johanna:Hanna,Jonna;Kaarina:Kaija;Elisabet:Liisa,Elsa;Susanna:Sanna;Emilia:Emmi;Eveliina:Eve;Marjatta:Marja',
  cities:
    'Helsinki|00###|Uusimaa|9+4;Espoo|02###|Uusimaa|9+8;Tampere|33###|Pirkanmaa|3;Turku|20###|Varsinais-Suomi|2;Oulu|90###|Pohjois-Pohjanmaa|8+5;Jyväskylä|40###|Keski-Suomi|14+4;Kuopio|70###|Pohjois-Savo|17+2;Lahti|15###|Päijät-Häme|3',
  stateFill: 0.05,
  streets:
    'Mannerheimintie;Aleksanterinkatu;Hämeenkatu;Esplanadi;Kauppakatu;Kirkkokatu;Rautatienkatu;Satamakatu;Puistokatu;Koulukatu;Yliopistonkatu;Itäinen Pitkäkatu;Läntinen Rantakatu;Tehtaankatu;Kaivokatu;Hallituskatu',
  streetTemplates: ['{s} {n}', '{s} {n} A {m}', '{s} {n} B', '{s} {n} as. {m}', '{s} {n}'],
  companyWords:
    'Pohjola;Kaleva;Sampo;Suomi;Aalto;Kivi;Metsä;Järvi;Tunturi;Revontuli;Karhu;Lumi;Sisu;Saimaa;Lappi;Ilmarinen;Tapiola;Vuoksi',
  companyIndustries:
    'Rakennus;Logistiikka;Software;Kiinteistöt;Tekniikka;Konsultointi;Kauppa;Energia;Kuljetus;Media;Data;Systems;Palvelut;Teollisuus;Konepaja;Rahoitus;Design;Group',
  legalForms: '{c} Oy;{c} Oy;{c} Oyj;{c} Ky;{c} Ab Oy;{c} Osakeyhtiö',
  tld: 'fi',
  freeMail:
    'gmail.com:45 hotmail.com:12 outlook.com:8 luukku.com:6 suomi24.fi:8 elisanet.fi:6 kolumbus.fi:4 yahoo.com:5 live.fi:6',
  phone: {
    cc: '358',
    trunk: '0',
    mobile: '40 41 44 45 46 50',
    mobileLen: 9,
    landLen: 9,
    national: (n, a) => `0${n.slice(0, a)} ${n.slice(a, a + 3)} ${n.slice(a + 3)}`,
    international: (n, a) => `${n.slice(0, a)} ${n.slice(a, a + 3)} ${n.slice(a + 3)}`,
  },
  titles:
    'toimitusjohtaja=ceo;omistaja=owner;myyntijohtaja=vp-sales;markkinointipäällikkö=marketing-manager;myyjä=sales-rep;talouspäällikkö=cfo;kirjanpitäjä=accountant;ohjelmistokehittäjä=swe;projektipäällikkö=project-manager;ostopäällikkö=procurement',
};
