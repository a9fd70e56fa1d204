import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: frequent Polish given names and surnames (PESEL registry frequency lists, public data);
// companies and streets are invented or generic. Area codes and mobile ranges follow the Polish plan.
export const PL: LocaleSource = {
  code: 'PL',
  country: 'Poland',
  countryVariants: 'Polska|PL|POL|poland|Rzeczpospolita Polska|Polen|Polsko|Pologne',
  nativeScript: 0,
  male: 'Piotr Krzysztof Andrzej Tomasz Jan Paweł Michał Marcin Jakub Adam Łukasz Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Robert Kamil Józef Stanisław Ryszard Tadeusz Mirosław Sebastian Bartosz Damian Dawid Szymon Kacper Filip Patryk Przemysław Sławomir Artur Henryk Kazimierz Leszek Jacek Janusz Aleksander Wiesław Zdzisław Bogdan Hubert Wiktor',
  female:
    'Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Halina Jadwiga Janina Alicja Paulina Justyna Renata Iwona Grażyna Sylwia Agata Weronika Patrycja Edyta Wiktoria Dominika Urszula Emilia Hanna Izabela Ewelina Kinga Marzena Bożena Jolanta Lucyna Oliwia Zuzanna',
  surnames:
    'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Jasiński Marciniak Sadowski Bąk Zawadzki Duda Jakubowski Wilk Chmielewski Włodarczyk',
  surnameRule: 'pl',
  nicknames:
    'Katarzyna:Kasia,Kaśka;Małgorzata:Gosia,Małgosia;Aleksandra:Ola,Olka;Agnieszka:Aga,Agusia;Joanna:Asia;Magdalena:Magda;Elżbieta:Ela;Barbara:Basia;Anna:Ania;Zofia:Zosia;Dorota:Dora;Weronika:Wera;Krzysztof:Krzysiek;Tomasz:Tomek;Piotr:Piotrek;Wojciech:Wojtek;Aleksander:Olek;Michał:Michu;Grzegorz:Grzesiek;Jakub:Kuba;Jan:Janek;Paweł:Pawełek;Marcin:Marcinek;Stanisław:Staszek;Józef:Józek;Mateusz:Mati;Bartosz:Bartek;Przemysław:Przemek;Sławomir:Sławek;Jerzy:Jurek;Dawid:Dawidek;Zbigniew:Zbyszek;Mirosław:Mirek;Jadwiga:Jadzia;Halina:Hala',
  cities:
    'Warszawa|0#-###|mazowieckie|22;Kraków|3#-###|małopolskie|12;Wrocław|5#-###|dolnośląskie|71;Poznań|6#-###|wielkopolskie|61;Gdańsk|80-###|pomorskie|58;Łódź|9#-###|łódzkie|42;Szczecin|7#-###|zachodniopomorskie|91;Lublin|20-###|lubelskie|81;Białystok|15-###|podlaskie|85;Katowice|40-###|śląskie|32;Bydgoszcz|85-###|kujawsko-pomorskie|52;Rzeszów|35-###|podkarpackie|17',
  stateFill: 0.2,
  streets:
    'Marszałkowska;Piotrkowska;Długa;Polna;Leśna;Słoneczna;Krótka;Szkolna;Ogrodowa;Lipowa;Mickiewicza;Kościuszki;Sienkiewicza;Jana Pawła II;3 Maja;Aleje Jerozolimskie;Grunwaldzka;Floriańska;Świętokrzyska;Żeromskiego',
  streetTemplates: ['ul. {s} {n}', 'ul. {s} {n}/{m}', '{s} {n}/{m}', 'ul. {s} {n} lok. {m}', 'Al. {s} {n}'],
  companyWords:
    'Wisła;Mazowsze;Bałtyk;Tatry;Warta;Odra;Polmex;Mazur;Karpaty;Sudety;Orzeł;Sokół;Bursztyn;Podhale;Kaszuby;Polsteel;Agro;Budex;Elektro;Transbud',
  companyIndustries:
    'Budownictwo;Logistyka;Systemy;Handel;Transport;Software;Nieruchomości;Energia;Serwis;Media;Technologie;Doradztwo;Spedycja;Meble;Druk;Produkcja;Farmacja;Finanse;Trade;Consulting',
  legalForms: '{c} Sp. z o.o.;{c} S.A.;{c} sp. z o.o.;{c} Spółka z o.o.;{c} sp.j.;{c} sp.k.;{c} Sp. z o. o.',
  tld: 'pl',
  freeMail:
    'wp.pl:22 gmail.com:30 o2.pl:14 onet.pl:12 interia.pl:10 op.pl:5 poczta.fm:2 tlen.pl:2 gazeta.pl:3',
  phone: {
    cc: '48',
    trunk: '',
    mobile:
      '500 501 502 503 504 505 506 507 508 509 510 511 512 513 514 515 516 517 518 519 530 531 532 533 534 535 536 537 538 539 570 572 573 574 575 576 577 578 579 600 601 602 603 604 605 606 660 661 662 663 664 665 666 667 668 669 690 691 692 693 694 695 696 697 698 720 721 722 723 724 725 726 727 728 729 730 731 732 733 734 735 736 737 738 739 780 781 782 783 784 785 786 787 788 789 790 791 792 793 794 795 796 797 798 799 880 881 882 883 884 885 886 887 888 889',
    mobileLen: 9,
    landLen: 9,
    national: (n, a) =>
      a === 2
        ? `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`
        : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    international: (n, a) =>
      a === 2
        ? `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`
        : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  },
  titles:
    'Prezes Zarządu=ceo;Dyrektor Generalny=ceo;Dyrektor Sprzedaży=vp-sales;Kierownik Marketingu=marketing-manager;Przedstawiciel Handlowy=sales-rep;Księgowa=accountant;Główna Księgowa=accountant;Programista=swe;Kierownik Projektu=project-manager;Specjalista ds. zakupów=procurement;Właściciel=owner;Asystentka=assistant',
};
