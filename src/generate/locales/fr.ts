import type { LocaleSource } from '../locale-types.ts';

// Hand-written, no file copied. Names: frequent French given names and surnames (INSEE frequency lists, Licence Ouverte);
// companies and streets are invented or generic. Landline prefixes follow the French zones 01–05.
export const FR: LocaleSource = {
  code: 'FR',
  country: 'France',
  countryVariants: 'FR|FRA|france|République française|Frankreich|Francie|Francja|Fr.',
  nativeScript: 0,
  male: 'Jean Pierre Michel André Philippe Alain Bernard Jacques Daniel Christophe Patrick Nicolas Frédéric Laurent Stéphane Olivier Éric Sébastien Julien David Thierry Pascal Guillaume Vincent François Antoine Thomas Alexandre Maxime Romain Mathieu Hugo Lucas Louis Gabriel Arthur Théo Raphaël Clément Benoît Jérôme Didier Yves Gérard Marc Dominique Cédric Arnaud Loïc Baptiste Quentin',
  female:
    'Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Monique Valérie Sandrine Sophie Céline Stéphanie Véronique Julie Aurélie Émilie Camille Léa Manon Chloé Emma Inès Sarah Laura Pauline Claire Anne Hélène Élisabeth Brigitte Martine Chantal Nicole Patricia Audrey Mélanie Caroline Virginie Margaux Juliette Lucie Zoé Louise Agathe Élodie Charlotte Mathilde Océane Justine',
  surnames:
    'Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Lemaire Dumont Marie Noël de_La_Fontaine Le_Gall',
  surnameRule: 'none',
  nicknames:
    'Frédéric:Fred;Nicolas:Nico;Alexandre:Alex;Christophe:Chris,Kiki;Guillaume:Guigui;Dominique:Dom;Maximilien:Max;Maxime:Max;Sébastien:Seb;Stéphane:Steph;Mathieu:Matt;Raphaël:Raph;Benoît:Ben;Catherine:Cathy,Cath;Isabelle:Isa,Zaza;Élisabeth:Babeth,Élise;Christine:Kiki,Cricri;Valérie:Val;Stéphanie:Steph;Aurélie:Lili;Véronique:Véro;Caroline:Caro;Charlotte:Cha;Françoise:Fanfan',
  cities:
    'Paris|750##|Île-de-France|1+4;Lyon|6900#|Auvergne-Rhône-Alpes|4+72;Marseille|130##|Provence-Alpes-Côte d’Azur|4+91;Toulouse|310##|Occitanie|5+61;Nice|06#00|Provence-Alpes-Côte d’Azur|4+93;Nantes|4400#|Pays de la Loire|2+40;Strasbourg|6700#|Grand Est|3+88;Bordeaux|3300#|Nouvelle-Aquitaine|5+56;Lille|5900#|Hauts-de-France|3+20;Rennes|3500#|Bretagne|2+99;Montpellier|3400#|Occitanie|4+67;Grenoble|3800#|Auvergne-Rhône-Alpes|4+76',
  stateFill: 0.15,
  streets:
    'rue de la Paix;rue Victor Hugo;avenue des Champs-Élysées;boulevard Haussmann;rue de Rivoli;rue du Faubourg Saint-Honoré;avenue Jean Jaurès;rue de la République;place de la Bastille;rue Nationale;boulevard Voltaire;rue Pasteur;avenue Foch;rue des Lilas;quai des Chartrons;rue Sainte-Catherine;chemin des Vignes;allée des Tilleuls;rue du Moulin;cours Lafayette',
  streetTemplates: ['{n} {s}', '{n}, {s}', '{n} bis {s}', '{n} {s}\nBâtiment B', '{n} {s}'],
  companyWords:
    'Lumière;Horizon;Atlantique;Azur;Provence;Alpes;Étoile;Hexagone;Bretagne;Loire;Rhône;Midi;Océan;Lutèce;Soleil;Méridien;Normandie;Cévennes;Vercors;Iris',
  companyIndustries:
    'Conseil;Logistique;Informatique;Immobilier;Distribution;Bâtiment;Énergie;Médias;Industrie;Transports;Services;Ingénierie;Assurances;Finance;Santé;Télécom;Agroalimentaire;Développement;Formation;Solutions',
  legalForms: '{c} SAS;{c} SARL;{c} SA;{c} SASU;{c} EURL;{c} S.A.S.',
  tld: 'fr',
  freeMail:
    'gmail.com:35 orange.fr:18 hotmail.fr:12 yahoo.fr:8 free.fr:10 laposte.net:6 sfr.fr:5 wanadoo.fr:4 outlook.fr:2',
  phone: {
    cc: '33',
    trunk: '0',
    mobile: '60 61 62 64 65 66 67 68 73 74 75 76 77 78',
    mobileLen: 9,
    landLen: 9,
    national: (n) => `0${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
    international: (n) => `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
  },
  titles:
    'Directeur Général=ceo;PDG=ceo;Gérant=owner;Directeur Commercial=vp-sales;Directrice Marketing=cmo;Responsable Marketing=marketing-manager;Chargé d’affaires=account-exec;Ingénieur Logiciel=swe;DRH=hr-manager;Comptable=accountant;Chef de projet=project-manager;Directeur Financier=cfo',
};
