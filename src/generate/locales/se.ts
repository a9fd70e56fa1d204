import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: frequent Swedish given names and surnames (SCB frequency lists, public data); companies and
// streets are invented or generic. Area codes and mobile ranges follow the Swedish plan.
export const SE: LocaleSource = {
  code: 'SE',
  country: 'Sweden',
  countryVariants: 'Sverige|SE|SWE|sweden|Schweden|Szwecja|Švédsko|Suède|Konungariket Sverige',
  nativeScript: 0,
  male: 'Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan Mats Bengt Magnus Nils Marcus Mattias Jonas Niklas Björn Oskar Axel Hugo William Lucas Elias Filip Viktor Gustav Henrik Joakim Patrik Ulf Göran Sven Christer Kristoffer Rickard Sebastian Olof',
  female:
    'Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Birgitta Hanna Linnéa Elin Sofia Ida Annika Johanna Linda Susanne Carina Elisabeth Katarina Margareta Monica Helena Camilla Ebba Maja Alva Astrid Wilma Agnes Frida Julia Klara Stina Louise Therese Åsa',
  surnames:
    'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Håkansson Lundin Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg',
  surnameRule: 'none',
  nicknames:
    'Mikael:Micke;Fredrik:Fredde,Fred;Joakim:Jocke;Magnus:Mange;Kristoffer:Kristo,Krille;Andreas:Andy;Thomas:Tompa;Patrik:Pat;Gustav:Gurra,Gösta;Henrik:Henke;Christer:Krille;Margareta:Maggan,Greta;Elisabeth:Lisa,Lisbeth,Bettan;Katarina:Kattis,Kajsa;Kristina:Stina,Kicki;Birgitta:Bittan,Gittan;Johanna:Jossan;Susanne:Sussie;Camilla:Millan',
  cities:
    'Stockholm|1## ##|Stockholms län|8;Göteborg|41# ##|Västra Götalands län|31;Malmö|21# ##|Skåne län|40;Uppsala|75# ##|Uppsala län|18;Linköping|58# ##|Östergötlands län|13;Örebro|70# ##|Örebro län|19;Västerås|72# ##|Västmanlands län|21;Helsingborg|25# ##|Skåne län|42;Umeå|90# ##|Västerbottens län|90;Lund|22# ##|Skåne län|46',
  stateFill: 0.1,
  streets:
    'Drottninggatan;Kungsgatan;Storgatan;Sveavägen;Vasagatan;Hamngatan;Kyrkogatan;Skolgatan;Järnvägsgatan;Nygatan;Strandvägen;Birger Jarlsgatan;Götgatan;Östra Hamngatan;Västra Hamngatan;Södra vägen;Trädgårdsgatan;Parkvägen',
  streetTemplates: ['{s} {n}', '{s} {n}', '{s} {n}A', '{s} {n}, {m} tr', '{s} {n} lgh 1{m}01'],
  companyWords:
    'Nordic;Svea;Norrland;Skandia;Vasa;Göta;Kungs;Fjäll;Älv;Björk;Tall;Sjö;Viking;Gotland;Dala;Värmland;Mälar;Öresund',
  companyIndustries:
    'Bygg;Logistik;Software;Fastigheter;Teknik;Konsult;Handel;Energi;Transport;Media;Data;System;Gruppen;Industri;Verkstad;Finans;Design;Analys',
  legalForms: '{c} AB;{c} AB;{c} Aktiebolag;{c} HB;{c} KB;{c} AB (publ)',
  tld: 'se',
  freeMail:
    'gmail.com:45 hotmail.com:18 outlook.com:8 telia.com:8 yahoo.se:6 live.se:6 icloud.com:5 bredband.net:2 spray.se:2',
  phone: {
    cc: '46',
    trunk: '0',
    mobile: '70 72 73 76 79',
    mobileLen: 9,
    landLen: 9,
    national: (n, a) => `0${n.slice(0, a)}-${seRest(n.slice(a))}`,
    international: (n, a) => `${n.slice(0, a)} ${seRest(n.slice(a))}`,
  },
  titles:
    'VD=ceo;Verkställande direktör=ceo;Ägare=owner;Försäljningschef=vp-sales;Marknadschef=head-marketing;Säljare=sales-rep;Ekonomichef=cfo;Redovisningsekonom=accountant;Systemutvecklare=swe;Projektledare=project-manager;Inköpschef=procurement',
};

function seRest(rest: string): string {
  if (rest.length === 8) return `${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`;
  if (rest.length === 7) return `${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`;
  return `${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`;
}
