import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: frequent Lithuanian given names and surnames (male forms; female forms are derived by the
// married -ienė / unmarried -aitė, -ytė, -utė, -iūtė rules); companies and streets are invented or
// generic. Area codes and mobile ranges follow the Lithuanian plan.
export const LT: LocaleSource = {
  code: 'LT',
  country: 'Lithuania',
  countryVariants: 'Lietuva|LT|LTU|lithuania|Lietuvos Respublika|Litauen|Litwa|Litva|Lituanie',
  nativeScript: 0,
  male: 'Jonas Tomas Mantas Darius Andrius Mindaugas Paulius Vytautas Marius Gintaras Aurimas Rimantas Saulius Arūnas Algirdas Kęstutis Giedrius Linas Dainius Robertas Audrius Žydrūnas Vaidas Gediminas Laurynas Lukas Matas Dovydas Nojus Kajus Justinas Domantas Rokas Edvinas Ignas Martynas Julius Karolis Aleksandras Simonas Deividas Eimantas Ramūnas Virgilijus Valdas',
  female:
    'Ona Janina Irena Kristina Rasa Asta Jurgita Inga Rūta Daiva Laima Vilma Lina Jolanta Aušra Eglė Gintarė Ieva Greta Emilija Gabija Austėja Kamilė Urtė Miglė Goda Viktorija Agnė Justina Ugnė Indrė Simona Aistė Dalia Regina Birutė Danutė Aldona Vida Giedrė Edita Vaida Živilė Sandra Monika',
  surnames:
    'Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas Kavaliauskas Baranauskas Pocius Navickas Sakalauskas Rimkus Žemaitis Vaitkus Lukoševičius Ramanauskas Kairys Mikalauskas Šimkus Bernotas Adomaitis Savickas Jonaitis Stankus Tamošiūnas Mockus Kazakevičius Juška Gudelis Vitkus Rutkauskas Šukys Balčiūnas Grigas Dambrauskas Mažeika Bielskis Vaičiulis Kaminskas Sabonis Valančiūnas Jasaitis Kurtinaitis Ivanauskas Norkus Girdzijauskas Marcinkevičius Kučinskas Sadauskas Matulevičius Jakštas Lapinskas Vyšniauskas',
  surnameRule: 'lt',
  nicknames:
    'Vytautas:Vytas,Vytukas;Aleksandras:Aleksas,Sasha;Kęstutis:Kęstas;Gediminas:Gedas;Algirdas:Algis;Rimantas:Rimas;Gintaras:Gintas;Mindaugas:Mindis;Laurynas:Lauris;Žydrūnas:Žydrius;Virgilijus:Virgis;Ramūnas:Ramas;Jonas:Jonukas;Kristina:Kristė;Viktorija:Vika;Emilija:Emilė;Jolanta:Jolita;Gintarė:Gintė;Justina:Justė',
  cities:
    'Vilnius|LT-0####|Vilniaus apskritis|5+2;Vilnius|LT-1####|Vilniaus apskritis|5+2;Kaunas|LT-4####|Kauno apskritis|37;Klaipėda|LT-9####|Klaipėdos apskritis|46;Šiauliai|LT-7####|Šiaulių apskritis|41;Panevėžys|LT-3####|Panevėžio apskritis|45;Alytus|LT-6####|Alytaus apskritis|315;Marijampolė|LT-6####|Marijampolės apskritis|343;Utena|LT-28###|Utenos apskritis|389',
  stateFill: 0.08,
  streets:
    'Gedimino pr.;Konstitucijos pr.;Laisvės al.;Vilniaus g.;Pylimo g.;Savanorių pr.;Ukmergės g.;Kalvarijų g.;Žalgirio g.;Antakalnio g.;Taikos pr.;Tilžės g.;Basanavičiaus g.;Maironio g.;Dariaus ir Girėno g.;Šeimyniškių g.;Vokiečių g.;Didžioji g.',
  streetTemplates: ['{s} {n}', '{s} {n}-{m}', '{s} {n}', '{s} {n}A', '{s} {n}, LT'],
  companyWords:
    'Baltic;Nemunas;Neris;Gintaras;Vilija;Žalgiris;Aukštaitija;Žemaitija;Dzūkija;Baltija;Amber;Vytis;Trakai;Kuršių;Neringa;Lituanica;Sūduva;Rasa',
  companyIndustries:
    'Logistics;statyba;prekyba;transportas;technologijos;IT sprendimai;nekilnojamasis turtas;baldai;maistas;energija;konsultacijos;projektai;sistemos;servisas;Software;Trade',
  legalForms: 'UAB „{c}“;UAB "{c}";{c}, UAB;AB „{c}“;MB „{c}“;UAB {c};IĮ „{c}“',
  tld: 'lt',
  freeMail:
    'gmail.com:55 yahoo.com:8 inbox.lt:15 one.lt:5 takas.lt:3 hotmail.com:6 mail.ru:3 zebra.lt:2 outlook.com:3',
  phone: {
    cc: '370',
    trunk: '8',
    mobile:
      '600 601 602 603 604 605 606 607 608 609 610 611 612 613 614 615 616 617 618 619 620 621 622 623 624 625 626 627 628 629 630 631 640 645 650 655 660 670 672 675 680 682 685 686 687 690 692 694 696 698 699',
    mobileLen: 8,
    landLen: 8,
    national: (n, a) => `8 ${n.slice(0, a)} ${n.slice(a)}`,
    international: (n, a) => `${n.slice(0, a)} ${n.slice(a)}`,
  },
  titles:
    'direktorius=ceo;generalinis direktorius=ceo;pardavimų vadovas=vp-sales;rinkodaros vadovė=marketing-manager;buhalterė=accountant;programuotojas=swe;projektų vadovas=project-manager;savininkas=owner;vadybininkas=sales-rep',
};
