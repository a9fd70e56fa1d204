import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: frequent Dutch given names and surnames (Meertens Instituut / CBS frequency lists, public
// data); companies and streets are invented or generic. Area codes follow the Dutch plan.
export const NL: LocaleSource = {
  code: 'NL',
  country: 'Netherlands',
  countryVariants:
    'Nederland|NL|NLD|Holland|The Netherlands|netherlands|Niederlande|Holandia|Nizozemsko|Pays-Bas',
  nativeScript: 0,
  male: 'Jan Johannes Hendrik Cornelis Pieter Willem Gerrit Jacobus Dirk Kees Henk Wim Piet Peter Mark Thomas Daan Sem Lucas Levi Finn Jesse Bram Lars Ruben Tim Stijn Thijs Niels Bas Jeroen Sander Martijn Maarten Joost Wouter Erik Frank Rob Hans Gerard Ton Bart Koen Joris Sjoerd Ruud',
  female:
    'Maria Johanna Anna Cornelia Wilhelmina Elisabeth Hendrika Catharina Geertruida Margaretha Emma Julia Sophie Tess Lotte Sanne Eva Lisa Anouk Fleur Femke Iris Anne Marieke Linda Petra Monique Sandra Ingrid Esther Judith Mirjam Inge Yvonne Saskia Nicole Wendy Kim Laura Lieke Manon Noor Sara Roos Evi',
  surnames:
    'de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn de_Bruin van_der_Heijden Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster van_Dam van_der_Wal Prins Blom Huisman Peeters',
  surnameRule: 'none',
  nicknames:
    'Johannes:Jan,Hans,Joop;Hendrik:Henk,Rik;Cornelis:Kees,Cor;Willem:Wim,Pim;Jacobus:Koos,Jaap;Pieter:Piet;Gerardus:Gerard;Gerrit:Gert;Dirk:Dick;Maarten:Maart;Johanna:Jo,Anneke,Hanneke;Wilhelmina:Willemijn,Mien;Margaretha:Greet,Grietje;Catharina:Toos,Tineke,Karin;Elisabeth:Lies,Els,Betty;Hendrika:Riek;Geertruida:Truus;Cornelia:Corrie,Nel',
  cities:
    'Amsterdam|10## @@|Noord-Holland|20;Rotterdam|30## @@|Zuid-Holland|10;Den Haag|25## @@|Zuid-Holland|70;Utrecht|35## @@|Utrecht|30;Eindhoven|56## @@|Noord-Brabant|40;Groningen|97## @@|Groningen|50;Tilburg|50## @@|Noord-Brabant|13;Almere|13## @@|Flevoland|36;Breda|48## @@|Noord-Brabant|76;Nijmegen|65## @@|Gelderland|24',
  stateFill: 0.1,
  streets:
    'Kalverstraat;Damrak;Herengracht;Keizersgracht;Prinsengracht;Coolsingel;Lange Voorhout;Oudegracht;Stationsstraat;Kerkstraat;Dorpsstraat;Molenweg;Schoolstraat;Julianalaan;Beatrixlaan;Wilhelminastraat;Marktplein;Hoofdstraat',
  streetTemplates: ['{s} {n}', '{s} {n}', '{s} {n}-{m}', '{s} {n}A', '{s} {n} bis'],
  companyWords:
    'Oranje;Delta;Polder;Noordzee;Tulp;Molen;Holland;Zeeland;Friesland;Rijn;Maas;IJssel;Dijk;Brabant;Veluwe;Kennemer;Amstel;Waal',
  companyIndustries:
    'Bouw;Logistiek;Software;Vastgoed;Techniek;Groep;Handel;Advies;Energie;Transport;Media;Installatie;Verzekeringen;Zorg;Systemen;Consultancy;Diensten;Holding',
  legalForms: '{c} B.V.;{c} BV;{c} N.V.;{c} V.O.F.;{c} B.V.;{c} Holding B.V.',
  tld: 'nl',
  freeMail:
    'gmail.com:38 hotmail.com:18 ziggo.nl:10 kpnmail.nl:8 outlook.com:8 live.nl:8 planet.nl:4 home.nl:3 xs4all.nl:3',
  phone: {
    cc: '31',
    trunk: '0',
    mobile: '61 62 63 64 65',
    mobileLen: 9,
    landLen: 9,
    national: (n, a) =>
      n[0] === '6' ? `06 ${n.slice(1)}` : `0${n.slice(0, a)} ${n.slice(a, a + 3)} ${n.slice(a + 3)}`,
    international: (n, a) =>
      n[0] === '6' ? `6 ${n.slice(1)}` : `${n.slice(0, a)} ${n.slice(a, a + 3)} ${n.slice(a + 3)}`,
  },
  titles:
    'Algemeen Directeur=ceo;Directeur=ceo;Eigenaar=owner;Commercieel Directeur=vp-sales;Accountmanager=account-exec;Marketingmanager=marketing-manager;Boekhouder=accountant;Softwareontwikkelaar=swe;Projectleider=project-manager;Inkoper=procurement',
};
