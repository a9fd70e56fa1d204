/**
 * Free (consumer) mailbox providers, curated by hand for kempt from the providers' own sign-up pages
 * and common knowledge of national markets; no third-party list is copied. A free address is not a
 * problem — it only tells a B2B CRM that the address says nothing about the employer.
 */

// Brands whose every national domain is theirs: `yahoo.co.uk`, `hotmail.fr`, `gmx.at`, `outlook.cz`.
export const FREE_BRANDS: ReadonlySet<string> = new Set(['yahoo', 'hotmail', 'outlook', 'gmx']);

const INTERNATIONAL =
  'gmail.com googlemail.com ymail.com rocketmail.com aol.com aol.co.uk aol.de aol.fr aim.com msn.com ' +
  'live.com live.co.uk live.fr live.de live.it live.nl live.be live.ca live.com.au live.se live.dk ' +
  'live.no live.at live.ch live.ie live.cl live.com.mx live.com.ar live.ru live.jp live.in windowslive.com ' +
  'icloud.com me.com mac.com proton.me protonmail.com protonmail.ch pm.me tutanota.com tutanota.de ' +
  'tutamail.com tuta.io tuta.com zoho.com zohomail.com zohomail.eu fastmail.com fastmail.fm hey.com ' +
  'mail.com email.com usa.com post.com consultant.com myself.com engineer.com europe.com inbox.com ' +
  'hushmail.com lycos.com excite.com';
const AMERICAS =
  'comcast.net verizon.net att.net sbcglobal.net bellsouth.net charter.net cox.net earthlink.net juno.com ' +
  'netzero.net optonline.net frontier.com windstream.net roadrunner.com shaw.ca rogers.com sympatico.ca ' +
  'videotron.ca telus.net bol.com.br uol.com.br terra.com.br ig.com.br';
const WESTERN_EUROPE =
  'btinternet.com btopenworld.com sky.com talktalk.net virginmedia.com blueyonder.co.uk ntlworld.com ' +
  'tiscali.co.uk web.de t-online.de freenet.de arcor.de posteo.de posteo.net mailbox.org online.de ' +
  'email.de vodafonemail.de kabelmail.de aon.at chello.at bluewin.ch hispeed.ch sunrise.ch orange.fr ' +
  'wanadoo.fr free.fr sfr.fr neuf.fr laposte.net bbox.fr numericable.fr aliceadsl.fr club-internet.fr ' +
  'voila.fr libero.it virgilio.it alice.it tin.it tiscali.it fastwebnet.it email.it inwind.it iol.it ' +
  'telefonica.net terra.es ziggo.nl home.nl kpnmail.nl planet.nl hetnet.nl casema.nl xs4all.nl ' +
  'telenet.be skynet.be scarlet.be proximus.be online.no telia.com bredband.net';
const CENTRAL_EASTERN_EUROPE =
  'seznam.cz email.cz centrum.cz atlas.cz post.cz volny.cz tiscali.cz quick.cz iol.cz azet.sk zoznam.sk ' +
  'centrum.sk pobox.sk post.sk wp.pl o2.pl onet.pl onet.eu op.pl poczta.onet.pl interia.pl interia.eu ' +
  'poczta.fm gazeta.pl tlen.pl vp.pl go2.pl buziaczek.pl autograf.pl freemail.hu citromail.hu ' +
  'inbox.lt one.lt takas.lt inbox.lv hot.ee mail.ee abv.bg mail.bg';
const GREECE_RUSSIA_ASIA =
  'otenet.gr freemail.gr hol.gr in.gr forthnet.gr mail.ru bk.ru list.ru inbox.ru internet.ru rambler.ru ' +
  'lenta.ru autorambler.ru myrambler.ru ro.ru yandex.ru yandex.com yandex.by yandex.kz yandex.ua ya.ru ' +
  'ukr.net i.ua meta.ua mynet.com walla.co.il rediffmail.com qq.com 163.com 126.com sina.com sina.cn ' +
  'sohu.com yeah.net naver.com hanmail.net daum.net docomo.ne.jp ezweb.ne.jp softbank.ne.jp ' +
  'bigpond.com bigpond.net.au optusnet.com.au';

export const FREE_DOMAINS: ReadonlySet<string> = new Set(
  [INTERNATIONAL, AMERICAS, WESTERN_EUROPE, CENTRAL_EASTERN_EUROPE, GREECE_RUSSIA_ASIA].join(' ').split(' '),
);

/**
 * Where the canonical key may drop `+tag` (RFC 5233 sub-addressing): providers documented to deliver
 * `a+tag@` to `a@`. Elsewhere `+` is an ordinary character and `a+b@` may be another person's mailbox.
 */
export const PLUS_ADDRESSING: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'fastmail.com',
  'fastmail.fm',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'yandex.ru',
  'yandex.com',
  'ya.ru',
  'zoho.com',
  'zohomail.com',
]);
