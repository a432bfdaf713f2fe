// Articles written for the key-read test (test/lang/keys.test.ts): German and English news pages as
// plain text, with the page furniture the article reader knows (update line, caption and credit, byline,
// embed, broadcast note, agency credit) and sentences with dates, figures, claims and events of many kinds.
// All names of people, outlets and towns below are made up; the countries and cities are real places.

export interface KeyArticle {
  /** A built-in language ("de"). */
  lang: string;
  outlet: string;
  published: string;
  /** Leave the language to the detector. */
  detect?: boolean;
  text: string;
}

const de1 = [
  "Unruhen in Kasachstan",
  "Proteste in Almaty: Polizei setzt Tränengas ein",
  "Stand: 06.01.2022 09:12 Uhr",
  "Demonstranten stehen vor dem Rathaus von Almaty. | Foto: Erfundene Agentur",
  "Bildunterschrift: Demonstranten vor dem Rathaus",
  "Von Anna Beispiel und Tom Muster, ARD-Studio Moskau",
  "Bei den Protesten in Kasachstan sind nach Angaben des Innenministeriums mindestens 18 Polizisten getötet worden. Mehr als 740 Menschen wurden verletzt, darunter drei Kinder, und rund 2.300 Menschen festgenommen.",
  "Präsident Kassym Beispielow verhängte am Mittwochabend den Ausnahmezustand und eine Ausgangssperre. Er sagte im Fernsehen, die Lage sei unter Kontrolle. Die Regierung sei zurückgetreten.",
  "Wie die Nachrichtenagentur Interfax unter Berufung auf die Polizei meldete, wurden in der Nacht zum Donnerstag Dutzende Angreifer \"eliminiert\". Das konnte nicht unabhängig überprüft werden. Laut dem Gesundheitsministerium wurden bis zu 1.000 Menschen verletzt, 62 von ihnen liegen auf der Intensivstation.",
  "Bei Zusammenstößen zwischen Demonstranten und der Polizei gab es Verletzte. Augenzeugen berichteten, Demonstranten hätten Polizeiautos in Brand gesetzt und Geschäfte geplündert. Berichten zufolge sollen Sicherheitskräfte das Feuer auf die Menge eröffnet haben. Demnach gab es Tote. Ein Sprecher des Kreml teilte mit, Russland werde Truppen schicken. Der Sprecher sprach von einer \"Friedensmission\". Ein Sprecher der Allianz für Freiheit und Soziale Bewegung sagte, man werde weiter protestieren.",
  "Video: Ausschreitungen in Almaty",
  "Seit Sonntag demonstrieren Tausende Menschen gegen höhere Gaspreise, in Almaty schon seit Tagen. Die Proteste hatten am 2. Januar in der Stadt Schanaosen begonnen und sich innerhalb weniger Tage auf das ganze Land ausgeweitet. Vor zwei Wochen war der Preis für Flüssiggas auf 120 Tenge je Liter gestiegen, wie das Energieministerium erklärte. Die Regierung setzte die Gespräche mit der Opposition aus.",
  "Die OVKS entsandte nach eigenen Angaben rund 2.500 Soldaten, nach Angaben Moskaus sogar 3.000. Im Jahr 2019 war Präsident Beispielow ins Amt gekommen. Bis Ende Januar soll die Ausgangssperre gelten, hieß es aus dem Präsidialamt. Ein Polizist wurde laut Behörden erschossen; 20 Menschen werden vermisst, etwa 5.000 sind geflohen.",
  "Über dieses Thema berichtete die tagesschau am 06. Januar 2022 um 20:00 Uhr.",
  "Mit Material von dpa und AFP",
].join("\n\n");

const de2 = [
  "Waffenruhe im Sudan gebrochen",
  "Veröffentlicht: 25/04/2023 10:15",
  "Khartum (dpa) - Im Sudan ist eine vereinbarte Waffenruhe nach Angaben von Augenzeugen schon nach wenigen Stunden gebrochen worden. Am Dienstagmorgen seien in Khartum erneut Luftangriffe und Artilleriefeuer zu hören gewesen, sagte ein Bewohner der Deutschen Presse-Agentur. Demnach wurden zwölf Zivilisten getötet und 35 weitere verletzt.",
  "Die Armee und die RSF-Miliz hatten sich am Montag auf eine 72-stündige Feuerpause geeinigt. UN-Generalsekretär Erfundo Muster forderte beide Seiten auf, die Kämpfe sofort einzustellen. Nach UN-Schätzungen sind seit Mitte April mehr als 1,2 Millionen Menschen vertrieben worden; zwei Millionen Euro Soforthilfe sagte die Bundesregierung zu.",
  "Das Auswärtige Amt erklärte, die Evakuierung deutscher Staatsbürger sei abgeschlossen. Außenministerin Erika Beispiel sagte: \"Wir tun alles, was wir können.\" Sie fügte hinzu, dass die Lage äußerst angespannt bleibe. Die Polizei nahm in Port Sudan drei Männer fest, die Waffen geschmuggelt haben sollen.",
  "(dpa/Stand 25.04.2023)",
].join("\n\n");

const en1 = [
  "Protests spread across Kazakhstan",
  "Updated: 6 January 2022 09:12 GMT",
  "Image caption Protesters gathered outside the city hall in Almaty",
  "Image copyright Invented Photo Agency",
  "By Jane Example and John Sample, BBC News",
  "ALMATY (Reuters) - At least 18 police officers were killed and 748 were injured in protests across Kazakhstan, the interior ministry said on Thursday. More than 2,300 people have been detained, according to the ministry.",
  "President Kassym Examplov declared a state of emergency on Wednesday night and imposed a curfew. He told state television that the situation was under control, adding that the government had resigned. Police fired tear gas and stun grenades at thousands of demonstrators who had taken to the streets.",
  "Protesters reportedly set fire to the mayor's office and looted shops, Interfax news agency reported, citing police. The claims could not be independently verified. Dozens of attackers were \"liquidated\" overnight, a police spokeswoman said. She said about 5,000 people had fled the city and 20 were missing.",
  "Watch: Clashes in Almaty",
  "The unrest began on 2 January in the oil town of Zhanaozen after fuel prices doubled to 120 tenge ($0.28) a litre. Two weeks ago the government raised the price cap, officials said. It is believed to have been the worst violence in the country since 2011. Russia will send troops, the Kremlin announced.",
  "The Russian-led CSTO said it had deployed about 2,500 soldiers. Per figures Moscow released on Friday, 3,000 troops had arrived. In 2019, Examplov took office. Health officials put the death toll at 26; a further 12 bodies were found on Friday, the Associated Press said. The government suspended talks with the opposition, and an air strike in the north killed four people.",
  "This story was reported on 6 January 2022.",
  "Additional reporting by Jane Example; Editing by John Sample",
].join("\n\n");

const en2 = [
  "Ceasefire breaks down in Sudan",
  "Posted: 04/25/2023 10:15",
  "KHARTOUM, April 25 (Reuters) - A 72-hour ceasefire in Sudan collapsed within hours on Tuesday, witnesses said, as air strikes and artillery fire shook the capital. Twelve civilians were killed and 35 others wounded, a doctors' union said in a statement.",
  "UN Secretary-General Erfundo Sample urged both sides to stop the fighting, which has gone on for days. A leader of the Sudanese Alliance for Democratic Front said the army had started the attack. More than 1.2 million people have been displaced since mid-April, the United Nations estimates. Germany pledged €2m in emergency aid. \"We are doing everything we can,\" Foreign Minister Erika Example said.",
  "Police in Port Sudan arrested three men who allegedly smuggled weapons, the state news agency SUNA reported. It was not immediately clear who was behind the attack on a hospital in Omdurman, in which gunmen opened fire on patients. The army denied that its forces had shelled residential areas.",
  "(Reporting by Jane Example; Editing by John Sample)",
].join("\n\n");

export const ARTICLES: KeyArticle[] = [
  { lang: "de", outlet: "tagesschau", published: "2022-01-06", text: de1 },
  { lang: "de", outlet: "agentur", published: "2023-04-25", detect: true, text: de2 },
  { lang: "en", outlet: "bbc", published: "2022-01-06", text: en1 },
  { lang: "en", outlet: "wire", published: "2023-04-25", detect: true, text: en2 },
];
