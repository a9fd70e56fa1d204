import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: frequent Czech given names and surnames (MV ČR frequency lists, public statistics);
// companies and streets are invented or generic. Area codes and mobile ranges follow the Czech plan.
export const CZ: LocaleSource = {
  code: 'CZ',
  country: 'Czech Republic',
  countryVariants:
    'Czechia|Česko|Česká republika|CZ|CZE|Czech Rep.|czech republic|Tschechien|Czechy|ČR|Tschechische Republik',
  nativeScript: 0,
  male: 'Jan Jiří Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Jakub Milan Karel Lukáš David Vladimír Ondřej Ladislav Roman Marek Stanislav Daniel Radek Antonín Vojtěch Filip Adam Matěj Zbyněk Libor Aleš Dominik Patrik Vít Štěpán Luboš Oldřich Bohumil Rostislav Radim Kamil Igor Vlastimil Šimon Matyáš Robert Jindřich',
  female:
    'Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Jaroslava Veronika Martina Tereza Michaela Ludmila Helena Jitka Zdeňka Ivana Monika Markéta Barbora Zuzana Kristýna Klára Eliška Adéla Natálie Simona Dagmar Libuše Marcela Renata Šárka Andrea Irena Vlasta Denisa Pavla Blanka Gabriela Romana Karolína Alžběta Nikola Vendula Radka Milada',
  surnames:
    'Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pokorný Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Urban Vaněk:Vaňková Blažek Kříž Kovář Bartoš Vlček Polák Musil Kopecký Šimek Konečný Malý Holub Štěpánek Kadlec:Kadlecová Dušek Staněk:Staňková Šťastný Říha Bláha Mareš Matoušek Skála Toman Havlíček Krejčí:Krejčí Hrubý Machala Tichý Sýkora Mach Šebesta Vávra',
  surnameRule: 'cz',
  nicknames:
    'Jan:Honza,Jenda;Josef:Pepa,Pepík;Jiří:Jirka;Petr:Péťa;Tomáš:Tom,Tomík;František:Franta;Václav:Venca,Vašek;Jaroslav:Jarda;Miroslav:Mirek;Zdeněk:Zdenda;Vladimír:Vláďa,Vlád;Michal:Míša;Jakub:Kuba;Ladislav:Láďa;Stanislav:Standa;Antonín:Tonda;Vojtěch:Vojta;Ondřej:Ondra;Oldřich:Olda;Bohumil:Bohouš;Kateřina:Katka;Lucie:Lucka;Veronika:Verča,Verunka;Alžběta:Bětka,Eliška;Marie:Maruška,Máňa;Tereza:Terka;Michaela:Míša;Markéta:Markétka;Kristýna:Týna;Barbora:Bára;Zuzana:Zuzka;Martina:Maťa;Ludmila:Lída;Jaroslava:Jarka;Gabriela:Gábina;Karolína:Kája',
  cities:
    'Praha|1#0 00|Hlavní město Praha|2;Brno|6#2 00|Jihomoravský kraj|54;Ostrava|70# 00|Moravskoslezský kraj|59;Plzeň|30# 00|Plzeňský kraj|37;Liberec|460 0#|Liberecký kraj|48;Olomouc|779 00|Olomoucký kraj|58;České Budějovice|370 0#|Jihočeský kraj|38;Hradec Králové|500 0#|Královéhradecký kraj|49;Pardubice|530 0#|Pardubický kraj|46;Zlín|760 01|Zlínský kraj|57;Ústí nad Labem|400 0#|Ústecký kraj|47;Jihlava|586 01|Kraj Vysočina|56',
  stateFill: 0.1,
  streets:
    'Vinohradská;Národní;Husova;Masarykova;Palackého;Nádražní;Školní;Komenského;Jiráskova;Smetanova;Na Příkopě;Karlovo náměstí;Sokolovská;Štefánikova;Dukelských hrdinů;Bělehradská;Křižíkova;U Nádraží;Lidická;Tř. Tomáše Bati',
  streetTemplates: ['{s} {n}/{m}', '{s} {n}/{m}', '{s} {n}', '{s} č.p. {n}', '{s} {n}/{m}, 3. patro'],
  companyWords:
    'Morava;Vltava;Labe;Šumava;Krkonoše;Beskydy;Bohemia;Moravia;Praga;Brněnská;Tatra;Lípa;Orel;Sokol;Kovo;Agro;Stavo;Elektro;Vitkovice;Jizera',
  companyIndustries:
    'stavby;strojírna;logistika;software;reality;obchod;technika;servis;energie;tisk;média;potraviny;doprava;projekt;systémy;consulting;účetnictví;chemie;plast;trade',
  legalForms: '{c} s.r.o.;{c} a.s.;{c}, s.r.o.;{c} spol. s r.o.;{c}, a.s.;{c} v.o.s.;{c} s. r. o.',
  tld: 'cz',
  freeMail:
    'seznam.cz:38 email.cz:14 gmail.com:28 centrum.cz:8 post.cz:4 volny.cz:3 atlas.cz:2 tiscali.cz:1 outlook.cz:2',
  phone: {
    cc: '420',
    trunk: '',
    mobile:
      '601 602 603 604 605 606 607 608 702 720 721 722 723 724 725 728 730 731 732 733 734 736 737 739 773 774 775 776 777 778 790 799',
    mobileLen: 9,
    landLen: 9,
    national: (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    international: (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  },
  titles:
    'jednatel=ceo;jednatelka=ceo;ředitel=ceo;obchodní ředitel=vp-sales;obchodník=sales-rep;marketingová manažerka=marketing-manager;nákupčí=procurement;účetní=accountant;programátor=swe;vedoucí IT=it-manager;personalistka=hr-manager;majitel=owner;asistentka=assistant;projektový manažer=project-manager;finanční ředitel=cfo',
};
