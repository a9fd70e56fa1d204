import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: frequent Italian given names and surnames (ISTAT frequency lists, public data); companies and
// streets are invented or generic. Area codes and mobile ranges follow the Italian plan.
export const IT: LocaleSource = {
  code: 'IT',
  country: 'Italy',
  countryVariants: 'Italia|IT|ITA|italy|Italien|Włochy|Itálie|Italie|Repubblica Italiana',
  nativeScript: 0,
  male: 'Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico Bruno Paolo Michele Giorgio Aldo Sergio Luciano Roberto Stefano Marco Andrea Alessandro Luca Matteo Lorenzo Davide Simone Federico Riccardo Gabriele Tommaso Emanuele Fabio Massimo Claudio Daniele Alberto Enrico Filippo Nicola Raffaele Cristian Gianluca',
  female:
    'Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Antonietta Carla Elena Concetta Rita Margherita Franca Paola Laura Giulia Chiara Sara Valentina Alessandra Federica Silvia Martina Elisa Roberta Sofia Aurora Alice Ginevra Beatrice Emma Giorgia Elisabetta Cristina Barbara Monica Simona Daniela Stefania Patrizia Serena Ilaria',
  surnames:
    "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi",
  surnameRule: 'none',
  nicknames:
    'Giuseppe:Beppe,Peppe,Pino;Francesco:Franco,Checco,Cesco;Alessandro:Sandro,Alex;Giovanni:Gianni,Nino;Roberto:Roby;Antonio:Toni,Totò;Salvatore:Totò,Turi;Vincenzo:Enzo;Domenico:Mimmo;Gabriele:Gabri;Federico:Fede;Emanuele:Manu;Massimo:Max;Stefano:Ste;Elisabetta:Betta,Elisa;Giuseppina:Pina,Giusy;Francesca:Fra,Cesca;Alessandra:Ale,Sandra;Federica:Fede;Valentina:Vale;Margherita:Rita;Caterina:Rina;Concetta:Titti;Antonietta:Etta;Beatrice:Bea;Giorgia:Gio',
  cities:
    'Roma|001##|Lazio|06;Milano|201##|Lombardia|02;Napoli|801##|Campania|081;Torino|101##|Piemonte|011;Firenze|501##|Toscana|055;Bologna|401##|Emilia-Romagna|051;Genova|161##|Liguria|010;Palermo|901##|Sicilia|091;Venezia|301##|Veneto|041;Bari|701##|Puglia|080;Verona|371##|Veneto|045',
  stateFill: 0.3,
  streets:
    'Via Roma;Via Garibaldi;Corso Vittorio Emanuele II;Via Dante;Via Mazzini;Piazza del Duomo;Via Cavour;Viale Europa;Via Nazionale;Corso Italia;Via XX Settembre;Via Verdi;Via Marconi;Via della Repubblica;Via Manzoni;Via Torino;Via dei Mille;Piazza San Marco',
  streetTemplates: ['{s} {n}', '{s}, {n}', '{s} {n}/{m}', '{s} {n}, scala {m}', '{s} {n}'],
  companyWords:
    'Italica;Adriatica;Tirrena;Alpina;Padana;Etrusca;Romana;Lombarda;Veneta;Toscana;Sole;Aurora;Vesuvio;Dolomiti;Arno;Tevere;Ligure;Sicula',
  companyIndustries:
    'Costruzioni;Logistica;Informatica;Immobiliare;Distribuzione;Ingegneria;Consulenze;Energia;Alimentari;Trasporti;Servizi;Tecnologie;Assicurazioni;Meccanica;Moda;Arredamenti;Farmaceutica;Sistemi',
  legalForms: '{c} S.r.l.;{c} S.p.A.;{c} SRL;{c} s.r.l.;{c} S.a.s.;{c} S.n.c.;{c} Srl',
  tld: 'it',
  freeMail:
    'gmail.com:40 libero.it:18 hotmail.it:10 yahoo.it:8 alice.it:6 virgilio.it:6 tiscali.it:4 outlook.it:4 tim.it:2 fastwebnet.it:2',
  phone: {
    cc: '39',
    trunk: '',
    mobile:
      '320 324 327 328 329 330 331 333 334 335 336 337 338 339 340 342 345 346 347 348 349 350 360 366 368 380 388 389 391 392 393',
    mobileLen: 10,
    landLen: 10,
    national: (n, a) =>
      n[0] === '3'
        ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`
        : `${n.slice(0, a)} ${itRest(n.slice(a))}`,
    international: (n, a) =>
      n[0] === '3'
        ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`
        : `${n.slice(0, a)} ${itRest(n.slice(a))}`,
  },
  titles:
    'Amministratore Delegato=ceo;Direttore Generale=ceo;Titolare=owner;Direttore Commerciale=vp-sales;Responsabile Marketing=marketing-manager;Commerciale=sales-rep;Contabile=accountant;Sviluppatore Software=swe;Responsabile Acquisti=procurement;Project Manager=project-manager',
};

function itRest(rest: string): string {
  return rest.length === 8 ? `${rest.slice(0, 4)} ${rest.slice(4)}` : `${rest.slice(0, 3)} ${rest.slice(3)}`;
}
