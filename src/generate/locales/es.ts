import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: frequent Spanish given names and surnames (INE frequency lists, public data); companies and
// streets are invented or generic. Area codes and mobile ranges follow the Spanish plan.
export const ES: LocaleSource = {
  code: 'ES',
  country: 'Spain',
  countryVariants: 'España|ES|ESP|spain|Espana|Spanien|Hiszpania|Španělsko|Espagne|Reino de España',
  nativeScript: 0,
  male: 'Antonio José Manuel Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pedro Pablo Ángel Sergio Fernando Jorge Luis Alberto Álvaro Adrián Diego Raúl Enrique Ramón Vicente Ignacio Andrés Rubén Óscar Iván Jaime Marcos Hugo Guillermo Gonzalo Mario Salvador Emilio Joaquín Agustín Lucas',
  female:
    'María Carmen Ana Isabel Laura Cristina Marta Lucía Francisca Dolores Antonia Paula Pilar Elena Sara Raquel Rosa Manuela Mercedes Concepción Julia Beatriz Silvia Patricia Nuria Irene Alba Rocío Andrea Montserrat Sofía Teresa Inmaculada Rosario Encarnación Guadalupe Esther Claudia Alicia Eva Victoria Noelia Lorena Natalia Yolanda',
  surnames:
    'García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León de_la_Fuente',
  surnameRule: 'none',
  nicknames:
    'Francisco:Paco,Fran,Curro;José:Pepe;Antonio:Toño,Antón;Manuel:Manolo,Manu;Alejandro:Álex;Ignacio:Nacho;Enrique:Quique;Jesús:Chus,Chuy;Guillermo:Guille;Santiago:Santi;Fernando:Nando;Alberto:Berto;Rafael:Rafa;Gonzalo:Gonzo;Joaquín:Quino;Dolores:Lola;Concepción:Concha,Conchi;Guadalupe:Lupe;Rosario:Charo;Mercedes:Merche;Montserrat:Montse;Inmaculada:Inma;Encarnación:Encarna;Francisca:Paqui;Pilar:Pili;Cristina:Cris;Isabel:Isa,Chabela;Beatriz:Bea;Patricia:Patri',
  cities:
    'Madrid|280##|Comunidad de Madrid|91;Barcelona|080##|Cataluña|93;Valencia|460##|Comunidad Valenciana|96;Sevilla|410##|Andalucía|95;Bilbao|480##|País Vasco|94;Zaragoza|500##|Aragón|976;Málaga|290##|Andalucía|95;Palma|070##|Islas Baleares|971;Murcia|300##|Región de Murcia|968;Valladolid|470##|Castilla y León|983',
  stateFill: 0.3,
  streets:
    'Calle Mayor;Gran Vía;Paseo de la Castellana;Calle de Alcalá;Avenida Diagonal;Calle Serrano;Plaza Mayor;Calle Real;Avenida de la Constitución;Calle San Vicente;Rambla de Catalunya;Calle Larios;Paseo de Gracia;Calle del Carmen;Avenida de América;Calle Princesa;Calle Colón;Avenida del Puerto',
  streetTemplates: ['{s}, {n}', '{s} {n}, {m}º B', '{s}, {n}, {m}º izq.', 'C/ {s} {n}', '{s} {n}'],
  companyWords:
    'Ibérica;Hispania;Mediterránea;Cantábrica;Atlántica;Levante;Sol;Toledo;Castilla;Andaluza;Galaica;Navarra;Tajo;Ebro;Aragonesa;Catalana;Canaria;Sierra',
  companyIndustries:
    'Construcciones;Logística;Software;Inmobiliaria;Distribuciones;Ingeniería;Consultores;Energía;Alimentación;Transportes;Servicios;Tecnología;Seguros;Comunicación;Gestión;Inversiones;Medios;Farma',
  legalForms: '{c} S.L.;{c} S.A.;{c}, S.L.;{c} SL;{c} S.L.U.;{c}, S.A.;{c} SA',
  tld: 'es',
  freeMail:
    'gmail.com:50 hotmail.com:18 yahoo.es:10 outlook.es:6 hotmail.es:8 telefonica.net:4 movistar.es:2 icloud.com:2',
  phone: {
    cc: '34',
    trunk: '',
    mobile:
      '600 605 606 607 608 609 610 616 617 618 619 620 626 627 628 629 630 636 637 638 639 646 647 649 650 651 654 655 656 659 660 661 662 663 664 665 666 669 670 671 675 676 677 678 679 680 681 682 683 685 686 687 689 690 691 692 693 695 696 697 699 711 712 717 722',
    mobileLen: 9,
    landLen: 9,
    national: (n, a) =>
      a === 2
        ? `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`
        : `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
    international: (n, a) =>
      a === 2
        ? `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`
        : `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
  },
  titles:
    'Director General=ceo;Consejero Delegado=ceo;Gerente=owner;Director Comercial=vp-sales;Responsable de Marketing=marketing-manager;Comercial=sales-rep;Contable=accountant;Desarrollador=swe;Jefe de Proyecto=project-manager;Director Financiero=cfo',
};
