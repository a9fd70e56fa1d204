import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: frequent German given names and surnames (public frequency lists); companies and streets are
// invented or generic. Area codes are the cities' real Vorwahlen.
export const DE: LocaleSource = {
  code: 'DE',
  country: 'Germany',
  countryVariants: 'Deutschland|DE|GER|DEU|germany|BRD|Bundesrepublik Deutschland|Allemagne|Niemcy|Německo',
  nativeScript: 0,
  male: 'Thomas Michael Andreas Stefan Peter Christian Klaus Wolfgang Jürgen Frank Markus Uwe Bernd Matthias Ralf Alexander Martin Sebastian Tobias Daniel Jan Florian Tim Lukas Felix Jonas Maximilian Niklas Philipp Johannes Julian Dirk Jörg Holger Sven Torsten Heinz Günter Karl Hans Dieter Manfred Helmut Horst Gerhard Friedrich Kai Björn Moritz Leon Paul Benedikt Dominik Oliver',
  female:
    'Sabine Petra Claudia Andrea Susanne Nicole Stefanie Katrin Anja Monika Ursula Karin Birgit Heike Martina Christina Julia Anna Laura Lena Lea Sarah Katharina Johanna Sophie Marie Hannah Lisa Jana Franziska Sandra Melanie Kerstin Silke Gabriele Renate Ingrid Elke Jutta Angelika Ines Tanja Miriam Nadine Vanessa Jessica Carolin Anke Elisabeth Margarete Annika Charlotte',
  surnames:
    'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz von_Bergen',
  surnameRule: 'none',
  nicknames:
    'Johannes:Hans,Jo;Alexander:Alex;Christian:Chris;Michael:Michi,Micha;Wolfgang:Wolfi;Friedrich:Fritz;Thomas:Tom,Tommy;Matthias:Matze,Matthes;Andreas:Andi;Stefan:Steff;Maximilian:Max;Tobias:Tobi;Sebastian:Basti;Benedikt:Bene;Dominik:Dome;Katharina:Kathi,Katja;Elisabeth:Lisa,Elli,Sissi;Margarete:Grete,Gretel;Susanne:Susi,Sanne;Stefanie:Steffi;Franziska:Franzi;Johanna:Hanna;Gabriele:Gabi;Angelika:Geli;Christina:Tina;Carolin:Caro;Alexandra:Alex',
  cities:
    'Berlin|10###|Berlin|30;Berlin|12###|Berlin|30;Hamburg|20###|Hamburg|40;München|80###|Bayern|89;Köln|50###|Nordrhein-Westfalen|221;Frankfurt am Main|60###|Hessen|69;Stuttgart|70###|Baden-Württemberg|711;Düsseldorf|40###|Nordrhein-Westfalen|211;Leipzig|04###|Sachsen|341;Dresden|01###|Sachsen|351;Hannover|30###|Niedersachsen|511;Nürnberg|90###|Bayern|911;Bremen|28###|Bremen|421;Essen|45###|Nordrhein-Westfalen|201',
  stateFill: 0.25,
  streets:
    'Hauptstraße;Bahnhofstraße;Schulstraße;Gartenstraße;Dorfstraße;Bergstraße;Lindenstraße;Kirchstraße;Goethestraße;Schillerstraße;Friedrichstraße;Am Markt;Industriestraße;Mozartstraße;Rosenweg;Birkenweg;Kastanienallee;Karl-Marx-Allee;Königsallee;Leopoldstraße',
  streetTemplates: ['{s} {n}', '{s} {n}', '{s} {n}a', '{s} {n}-{m}', '{s}, {n}'],
  companyWords:
    'Nord;Rhein;Alpen;Elbe;Hansa;Spree;Isar;Main;Bavaria;Schwarzwald;Ostsee;Taunus;Weser;Harz;Allgäu;Brücken;Sonnen;Stern;Adler;Falken;Linden',
  companyIndustries:
    'Bau;Logistik;Technik;Software;Immobilien;Maschinenbau;Handel;Consulting;Medien;Energie;Systeme;Elektro;Metall;Autohaus;Versicherungen;Verlag;Druck;Pharma;Analytik;Personal',
  legalForms: '{c} GmbH;{c} AG;{c} GmbH & Co. KG;{c} KG;{c} e.K.;{c} UG (haftungsbeschränkt);{c} SE',
  tld: 'de',
  freeMail:
    'web.de:25 gmx.de:22 gmail.com:20 t-online.de:12 gmx.net:6 yahoo.de:5 outlook.de:5 freenet.de:3 posteo.de:2',
  phone: {
    cc: '49',
    trunk: '0',
    mobile: '151 152 157 159 160 162 163 170 171 172 173 174 175 176 177 178 179',
    mobileLen: 11,
    landLen: 10,
    national: (n, a) => `0${n.slice(0, a)} ${n.slice(a)}`,
    international: (n, a) => `${n.slice(0, a)} ${n.slice(a)}`,
  },
  titles:
    'Geschäftsführer=ceo;Geschäftsführerin=ceo;Vertriebsleiter=vp-sales;Leiter Marketing=head-marketing;Einkaufsleiter=procurement;Buchhalterin=accountant;Softwareentwickler=swe;Personalleiterin=hr-manager;Prokurist=cfo;Inhaber=owner;Projektleiter=project-manager',
};
