// Reports written for the alert tests: one happening told in three articles over two days, and an unrelated one.
export const FIRST = {
  url: "https://zeitung-a.example/2022/03/01/angriff",
  outlet: "Zeitung A",
  published: "2022-03-01",
  text: `Raketenangriff auf Charkiw

Bei einem Raketenangriff auf ein Wohnviertel in Charkiw sind am Dienstag zwölf Menschen getötet worden, sagte Gouverneur Mykola Petrenko. Rettungskräfte suchten in den Trümmern nach Überlebenden.`,
};
export const SECOND = {
  url: "https://zeitung-b.example/charkiw-opferzahl",
  outlet: "Zeitung B",
  published: "2022-03-02",
  text: `Mehr Tote in Charkiw

Bei dem Raketenangriff auf ein Wohnviertel in Charkiw sind 14 Menschen getötet worden, sagte Gouverneur Mykola Petrenko am Mittwoch. Die Armee erklärte, sie habe die Stellungen der Angreifer zerstört. Unabhängig überprüfen ließ sich das nicht.`,
};
export const THIRD = {
  url: "https://zeitung-c.example/charkiw-polizei",
  outlet: "Zeitung C",
  published: "2022-03-02",
  text: `Polizei nennt andere Zahl

Bei dem Raketenangriff auf ein Wohnviertel in Charkiw sind nach Angaben der Polizei neun Menschen getötet worden. Gouverneur Mykola Petrenko besuchte am Mittwoch den Ort des Angriffs.`,
};
export const OTHER = {
  url: "https://zeitung-a.example/2022/03/02/proteste-almaty",
  outlet: "Zeitung A",
  published: "2022-03-02",
  text: `Proteste in Almaty

In Almaty haben am Mittwoch Tausende Menschen gegen steigende Gaspreise demonstriert. Die Polizei nahm nach eigenen Angaben 40 Demonstranten fest.`,
};
