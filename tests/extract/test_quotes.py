"""Direct quotes and their speakers (pipeline/extract/quotes.py), one Italian case per line.

Expectations follow ../shared/eval/GUIDELINES.md ("Harmonized decisions" first): the quote is the
words inside the marks; an interrupted quote gives two entries with the same speaker; the speaker is
the full person name (titles stripped) or the organization a group speaks for; null when the text
does not say who speaks. Titles, scare quotes, nicknames and fewer than four words are not quotes.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from pipeline import extract

pytestmark = pytest.mark.usefixtures("nlp")

ANY = object()  # this field is not asserted for the case


class Q(NamedTuple):
    text: str
    speaker: str | None
    cue: object = ANY
    mention: object = ANY  # expected speaker_mention.text


def xfail(text, expected, id, reason):
    return pytest.param(text, expected, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


CASES = [
    # --- quotation marks of every style, cue after the quote ---
    pytest.param("«Siamo orgogliosi del lavoro svolto dai volontari», dichiara Marco Bellini, presidente dell'associazione Amici del Parco.", [Q("Siamo orgogliosi del lavoro svolto dai volontari", "Marco Bellini", "dichiara", "Marco Bellini")], id="guillemets-dichiara"),
    pytest.param("“Il nuovo ponte sarà pronto entro la fine dell'anno”, afferma l'assessora Giulia Ferri.", [Q("Il nuovo ponte sarà pronto entro la fine dell'anno", "Giulia Ferri", "afferma", "Giulia Ferri")], id="curly-afferma"),
    pytest.param("\"Abbiamo ricevuto molte più domande del previsto\", spiega Luca Moretti, direttore del consorzio.", [Q("Abbiamo ricevuto molte più domande del previsto", "Luca Moretti", "spiega", "Luca Moretti")], id="straight-spiega"),
    pytest.param("“Questa scuola è un presidio per tutto il quartiere\", sottolinea la dirigente Anna Russo.", [Q("Questa scuola è un presidio per tutto il quartiere", "Anna Russo", "sottolinea", "Anna Russo")], id="mixed-curly-straight-sottolinea"),
    pytest.param("«Oggi si chiude un percorso lungo e faticoso», conclude Roberto Galli.", [Q("Oggi si chiude un percorso lungo e faticoso", "Roberto Galli", "conclude", "Roberto Galli")], id="conclude"),
    pytest.param("«È un risultato che premia la costanza delle ragazze», commenta l'allenatore Davide Neri.", [Q("È un risultato che premia la costanza delle ragazze", "Davide Neri", "commenta")], id="commenta"),
    pytest.param("«I dati mostrano una crescita costante delle iscrizioni», osserva la rettrice Elena Bassi.", [Q("I dati mostrano una crescita costante delle iscrizioni", "Elena Bassi", "osserva")], id="osserva"),
    pytest.param("«Il servizio non subirà alcuna interruzione durante i lavori», precisa Franco Pellegrini.", [Q("Il servizio non subirà alcuna interruzione durante i lavori", "Franco Pellegrini", "precisa")], id="precisa"),
    pytest.param("«La prevenzione resta l'arma più efficace contro l'influenza», ricorda la dottoressa Sara Conti.", [Q("La prevenzione resta l'arma più efficace contro l'influenza", "Sara Conti", "ricorda", "Sara Conti")], id="ricorda-honorific"),
    pytest.param("«Le imprese del territorio hanno risposto con grande generosità», evidenzia Matteo Fabbri.", [Q("Le imprese del territorio hanno risposto con grande generosità", "Matteo Fabbri", "evidenzia")], id="evidenzia"),
    pytest.param("«Dobbiamo investire di più sulla formazione dei giovani», ha detto Lorenzo Martini.", [Q("Dobbiamo investire di più sulla formazione dei giovani", "Lorenzo Martini", "ha detto")], id="ha-detto-after"),
    pytest.param("«Ci aspettiamo almeno mille visitatori nel fine settimana», dice Giorgio Ricci, presidente della Pro Loco.", [Q("Ci aspettiamo almeno mille visitatori nel fine settimana", "Giorgio Ricci", "dice")], id="dice"),
    pytest.param("«Il cantiere partirà a settembre», ha spiegato l'ingegnere Carlo Villa.", [Q("Il cantiere partirà a settembre", "Carlo Villa", "ha spiegato")], id="four-words-ha-spiegato"),
    pytest.param("«Abbiamo raccolto oltre diecimila euro per la mensa dei poveri», aggiunge Paola Santini.", [Q("Abbiamo raccolto oltre diecimila euro per la mensa dei poveri", "Paola Santini", "aggiunge")], id="aggiunge-after"),
    pytest.param("«Ringrazio Marco Bianchi per il grande lavoro fatto in questi mesi», ha detto Laura Rossi.", [Q("Ringrazio Marco Bianchi per il grande lavoro fatto in questi mesi", "Laura Rossi", "ha detto", "Laura Rossi")], id="name-inside-quote-not-speaker"),
    pytest.param("«Il volontariato è la spina dorsale del nostro paese», ha sottolineato don Simone Giuli.", [Q("Il volontariato è la spina dorsale del nostro paese", "Simone Giuli", "ha sottolineato")], id="don-stripped"),
    pytest.param("«Serve un patto tra scuole e famiglie contro la dispersione», sottolinea Maria Grazia De Santis.", [Q("Serve un patto tra scuole e famiglie contro la dispersione", "Maria Grazia De Santis", "sottolinea", "Maria Grazia De Santis")], id="compound-name"),
    pytest.param("\"Il porto deve tornare a essere il cuore della città\", ha dichiarato Niccolò Bartolini.", [Q("Il porto deve tornare a essere il cuore della città", "Niccolò Bartolini", "ha dichiarato")], id="straight-ha-dichiarato"),
    pytest.param("“Abbiamo vinto una partita difficile contro una grande squadra”, ha commentato il capitano Luca Tosi.", [Q("Abbiamo vinto una partita difficile contro una grande squadra", "Luca Tosi", "ha commentato")], id="curly-ha-commentato"),
    # --- cue before the quote ---
    pytest.param("Il sindaco Paolo Rinaldi dichiara: «La piazza tornerà ai cittadini già dalla prossima estate».", [Q("La piazza tornerà ai cittadini già dalla prossima estate", "Paolo Rinaldi", "dichiara", "Paolo Rinaldi")], id="before-dichiara-colon"),
    pytest.param("La presidente Chiara Lodi aggiunge: «Non lasceremo sole le famiglie in difficoltà».", [Q("Non lasceremo sole le famiglie in difficoltà", "Chiara Lodi", "aggiunge")], id="before-aggiunge"),
    pytest.param("Lorenzo Martini ha dichiarato: «Il bilancio è in ordine e i conti sono sani».", [Q("Il bilancio è in ordine e i conti sono sani", "Lorenzo Martini", "ha dichiarato")], id="before-ha-dichiarato"),
    pytest.param("Il direttore Fabio Serra spiega: “Il nuovo reparto avrà venti posti letto e due sale operatorie”.", [Q("Il nuovo reparto avrà venti posti letto e due sale operatorie", "Fabio Serra", "spiega")], id="before-spiega-curly"),
    pytest.param("Il progetto, secondo Valeria Greco, «potrà cambiare il volto del quartiere in pochi anni».", [Q("potrà cambiare il volto del quartiere in pochi anni", "Valeria Greco", "secondo", "Valeria Greco")], id="secondo-x"),
    pytest.param("Per Andrea Colombo «il turismo lento è la vera risorsa di queste valli».", [Q("il turismo lento è la vera risorsa di queste valli", "Andrea Colombo", ANY, "Andrea Colombo")], id="per-x"),
    pytest.param("Sono le parole di Silvia Marchetti: «Abbiamo lavorato due anni per arrivare a questo traguardo».", [Q("Abbiamo lavorato due anni per arrivare a questo traguardo", "Silvia Marchetti", "le parole di", "Silvia Marchetti")], id="le-parole-di"),
    pytest.param("Soddisfatta l'assessora Maria Conti: «Un risultato che ripaga mesi di lavoro degli uffici».", [Q("Un risultato che ripaga mesi di lavoro degli uffici", "Maria Conti")], id="colon-no-verb"),
    pytest.param("Anna Galli, presidente della cooperativa, osserva: \"Quest'anno abbiamo assunto venti persone del territorio\".", [Q("Quest'anno abbiamo assunto venti persone del territorio", "Anna Galli", "osserva")], id="before-osserva-apposition"),
    pytest.param("Il presidente Marco Tosi ha dichiarato: «Il bilancio chiude in attivo per il terzo anno consecutivo». Alla riunione era presente anche Giulia Serra.", [Q("Il bilancio chiude in attivo per il terzo anno consecutivo", "Marco Tosi", "ha dichiarato")], id="before-cue-other-person-after"),
    # --- quoted paragraph followed by a signature line ---
    pytest.param("«Il terzo settore è una risorsa per tutta la comunità toscana e chiede di essere ascoltato dalle istituzioni.»\nClaudia Fiaschi, presidente di Co&So", [Q("Il terzo settore è una risorsa per tutta la comunità toscana e chiede di essere ascoltato dalle istituzioni.", "Claudia Fiaschi", ANY, "Claudia Fiaschi")], id="signature-line"),
    pytest.param("“Le cooperative sociali hanno tenuto aperti i servizi anche nei mesi più difficili della pandemia.”\n\nClaudia Fiaschi, presidente di Co&So", [Q("Le cooperative sociali hanno tenuto aperti i servizi anche nei mesi più difficili della pandemia.", "Claudia Fiaschi", ANY, "Claudia Fiaschi")], id="signature-after-blank-line"),
    pytest.param("La stagione di Marta Conci è stata eccellente. \"Sono felice di restare in questa squadra anche il prossimo anno\"\nLuisa Pedrotti Nata a Rovereto nel 2004, inizia a giocare a dieci anni nella società del suo quartiere e arriva in prima squadra.", [Q("Sono felice di restare in questa squadra anche il prossimo anno", None)], id="trappola-paragrafo-che-inizia-con-nome-non-firma"),
    pytest.param("Due titoli per il capitano: “il giocatore con più partite giocate in squadra” e “tante storie raccontate nello spogliatoio”. Passiamo ora ai nuovi arrivi: Rocco Franzoi e Luca Zeni.", [Q("il giocatore con più partite giocate in squadra", None), Q("tante storie raccontate nello spogliatoio", None)], id="trappola-nome-dopo-nuova-frase-senza-verbo"),
    pytest.param("\"Chiediamo che il tavolo regionale venga convocato al più presto per discutere del futuro dello stabilimento.\"\nMario Bianchi, portavoce del comitato", [Q("Chiediamo che il tavolo regionale venga convocato al più presto per discutere del futuro dello stabilimento.", "Mario Bianchi", ANY, "Mario Bianchi")], id="signature-straight-quotes"),
    # --- interrupted quotes: two entries, same speaker ---
    pytest.param("«Ringraziamo i volontari per il lavoro svolto – ha detto Stefano Bonelli – adesso dobbiamo ricostruire insieme».", [Q("Ringraziamo i volontari per il lavoro svolto", "Stefano Bonelli", "ha detto", "Stefano Bonelli"), Q("adesso dobbiamo ricostruire insieme", "Stefano Bonelli", "ha detto", "Stefano Bonelli")], id="interrupted-en-dash"),
    pytest.param("«Chiediamo risposte chiare sui tempi dei lavori - prosegue Carla Venturi, portavoce insieme a Bertoli - perché i cittadini aspettano da mesi».", [Q("Chiediamo risposte chiare sui tempi dei lavori", "Carla Venturi", "prosegue", "Carla Venturi"), Q("perché i cittadini aspettano da mesi", "Carla Venturi", "prosegue", "Carla Venturi")], id="interrupted-name-right-after-cue-wins"),
    pytest.param("Il Comitato Strade Sicure ha consegnato le firme in prefettura. «In sei settimane abbiamo raccolto tremila adesioni», affermano i promotori. Alla consegna c'era anche Laura Neri, presidente del comitato.", [Q("In sei settimane abbiamo raccolto tremila adesioni", "Comitato Strade Sicure", "affermano")], id="group-after-cue-beats-person-named-next"),
    pytest.param("Al taglio del nastro c'era l'assessora regionale alla Scuola Marta Riva.\n\n«Questo è il reparto che la città aspettava da anni», ha commentato l'assessora, ricordando che la Regione Lombardia ha finanziato altri due interventi.", [Q("Questo è il reparto che la città aspettava da anni", "Marta Riva", "ha commentato")], id="role-noun-after-cue-by-lemma"),
    pytest.param("Erano presenti don Paolo Gatti, parroco di Ceva, e molti volontari. «Quella notte abbiamo aperto la chiesa a tutti gli sfollati», ha raccontato il sacerdote.", [Q("Quella notte abbiamo aperto la chiesa a tutti gli sfollati", "Paolo Gatti", "ha raccontato")], id="sacerdote-is-the-don"),
    pytest.param("Il direttore Marco Bruni lascia dopo otto anni. Per Bruni, che resterà come consulente, si chiude «un ciclo che ha cambiato il museo per sempre».", [Q("un ciclo che ha cambiato il museo per sempre", "Marco Bruni", ANY, "Bruni")], id="per-name-long-gap-same-sentence"),
    pytest.param("Nella nota diffusa ieri, Alpitec Spa parla di «una scelta dolorosa ma inevitabile per l'azienda».", [Q("una scelta dolorosa ma inevitabile per l'azienda", "Alpitec Spa", "parla di")], id="org-parla-di"),
    pytest.param("Alpitec Spa, i sindacati: «Il reparto di Trento non si deve chiudere»", [Q("Il reparto di Trento non si deve chiudere", None)], id="headline-group-colon-no-speaker"),
    pytest.param("«Il testo rischia di restare sulla carta», ha dichiarato il capogruppo Luca Dini, che ha ricordato il voto dell'anno scorso. Astenuto invece il gruppo Civici: «Il tema è serio, ma serviva più tempo per discuterne», ha detto il consigliere Paolo Ricci.", [Q("Il testo rischia di restare sulla carta", "Luca Dini", "ha dichiarato"), Q("Il tema è serio, ma serviva più tempo per discuterne", "Paolo Ricci", "ha detto")], id="no-introducer-across-sentences"),
    pytest.param("«Bene la manutenzione, ma senza una pista ciclabile il progetto resta a metà», si legge in una nota di Legambiente Lodi. Il presidente di Legambiente Lodi, Marco Ferri, ha annunciato una biciclettata.", [Q("Bene la manutenzione, ma senza una pista ciclabile il progetto resta a metà", "Legambiente Lodi", "si legge")], id="org-note-before-person-next-sentence"),
    pytest.param("“Le persone che incontriamo non sono numeri, ma volti e storie da ascoltare.”\nDon Enrico Pegoraro\nDirettore della Caritas diocesana", [Q("Le persone che incontriamo non sono numeri, ma volti e storie da ascoltare.", "Enrico Pegoraro", ANY, "Enrico Pegoraro")], id="signature-line-with-honorific"),
    pytest.param("La sindaca Marta Zanin era presente.\n\nSoddisfatta la prima cittadina, che ha confermato il sostegno del Comune di Treviso: “Questa rete di solidarietà è un bene per tutta la città”, ha aggiunto la sindaca.", [Q("Questa rete di solidarietà è un bene per tutta la città", "Marta Zanin", "ha aggiunto")], id="role-after-quote-beats-org-before"),
    pytest.param("L'associazione Amici del Sollievo ha chiuso il bilancio.\n\n«Ogni chilometro che percorriamo è un pezzo di comunità», scrive l'associazione nella relazione annuale.", [Q("Ogni chilometro che percorriamo è un pezzo di comunità", "associazione Amici del Sollievo", "scrive")], id="scrive-l-associazione"),
    pytest.param("Samir Haddad porterà al convegno la sua esperienza. “Nessun programma di integrazione funziona davvero – osserva – se non trova luoghi di comunità”.", [Q("Nessun programma di integrazione funziona davvero", "Samir Haddad", "osserva"), Q("se non trova luoghi di comunità", "Samir Haddad", "osserva")], id="interrupted-bare-cue-paragraph-person"),
    pytest.param("Il sindaco Claudio Bulgarelli ha ringraziato i gruppi per il voto. “Sugli alberi abbiamo dimostrato che la città sa decidere insieme”, ha concluso il primo cittadino.", [Q("Sugli alberi abbiamo dimostrato che la città sa decidere insieme", "Claudio Bulgarelli", "ha concluso")], id="primo-cittadino-is-the-sindaco"),
    pytest.param("Sul tema interviene anche Arturo Lorenzi “Oggi la Regione ha scelto di scaricare le responsabilità su altri”", [Q("Oggi la Regione ha scelto di scaricare le responsabilità su altri", "Arturo Lorenzi", "interviene")], id="cue-name-quote-no-punctuation"),
    pytest.param("«Certo che torno – ha dichiarato Oreste Scalzi – ma con mia moglie Lucia». «Tornerò – prosegue – da pendolare, come i teatranti di una volta».", [Q("ma con mia moglie Lucia", "Oreste Scalzi", "ha dichiarato"), Q("da pendolare, come i teatranti di una volta", "Oreste Scalzi", "prosegue")], id="bare-interruption-keeps-the-previous-speaker"),
    pytest.param("Il presidente Dmitri Volkov ha convocato una riunione d'emergenza. «Occorre rafforzare subito i controlli negli aeroporti» ha dichiarato, assicurando che i colpevoli saranno puniti.", [Q("Occorre rafforzare subito i controlli negli aeroporti", "Dmitri Volkov", "ha dichiarato")], id="bare-cue-after-person-of-paragraph"),
    pytest.param("Papa Leone ha parlato ieri. Intanto «si tratta – dicono dalla Croce Rossa – di un appello preliminare per i primi soccorsi».", [Q("di un appello preliminare per i primi soccorsi", "Croce Rossa", "dicono")], id="interruption-naming-an-organization"),
    pytest.param("Andrea Casolini coordina la lista. Casolini non risparmia una stoccata ai “colleghi” del Pd: “È indecente lo scaricabarile di queste settimane”.", [Q("È indecente lo scaricabarile di queste settimane", "Andrea Casolini")], id="person-subject-beats-body-after-scare-quotes"),
    pytest.param("La giornalista Tiziana Campi ha letto il comunicato: “L'incontro conferma lo studio Besani e intende sostenerlo”. E poi ancora: “La stazione ferroviaria è la soluzione migliore per tutti”.", [Q("L'incontro conferma lo studio Besani e intende sostenerlo", "Tiziana Campi"), Q("La stazione ferroviaria è la soluzione migliore per tutti", "Tiziana Campi")], id="name-inside-a-quote-is-not-an-introducer"),
    pytest.param("Il rapporto è scaricabile dal sito.\n\nI nostri volontari hanno camminato lungo i fiumi per tre estati di fila, e adesso chiediamo che i dati diventino interventi concreti.\nGiulia Serra, responsabile Acque dolci della federazione", [Q("I nostri volontari hanno camminato lungo i fiumi per tre estati di fila, e adesso chiediamo che i dati diventino interventi concreti.", "Giulia Serra", None, "Giulia Serra")], id="signed-statement-without-marks"),
    pytest.param("«Abbiamo ancora fiumi usati come fogne a cielo aperto», ha detto la presidente Lucia Farina.\n\n«Chiediamo al Governo un piano straordinario per la manutenzione degli argini».", [Q("Abbiamo ancora fiumi usati come fogne a cielo aperto", "Lucia Farina"), Q("Chiediamo al Governo un piano straordinario per la manutenzione degli argini", "Lucia Farina")], id="quote-paragraph-continues-previous-speaker"),
    pytest.param("Erano presenti il direttore generale Roberto Ghisi e la direttrice sanitaria Chiara Aimo. Così il direttore: «Questo non è un poliambulatorio con un nome nuovo».", [Q("Questo non è un poliambulatorio con un nome nuovo", "Roberto Ghisi")], id="cosi-il-direttore-masculine-role"),
    pytest.param("«Una struttura nuova vale quanto il personale che ci lavora», si legge in una nota di Cittadinanzattiva Cuneo, che chiede dati trimestrali all'azienda sanitaria.", [Q("Una struttura nuova vale quanto il personale che ci lavora", "Cittadinanzattiva Cuneo", "si legge")], id="nota-di-organizzazione"),
    pytest.param("Sono giunti circa 1300 commenti. «Ciò dimostra che i collaboratori riflettono sul proprio lavoro», si rallegra il direttore del Dipartimento Pietro Pellandini.", [Q("Ciò dimostra che i collaboratori riflettono sul proprio lavoro", "Pietro Pellandini", "si rallegra")], id="si-rallegra"),
    pytest.param("Alla Città dei mestieri sarà proposto il corso “Crea il tuo video curriculum in un'ora”, in collaborazione con la radio.", [], id="trap-course-title"),
    pytest.param("Il presidente Stefano Bonelli ha incontrato i sindaci. «Ringraziamo i volontari per il lavoro svolto- ha detto Bonelli- adesso serve ricostruire insieme».", [Q("Ringraziamo i volontari per il lavoro svolto", "Stefano Bonelli", "ha detto", "Bonelli"), Q("adesso serve ricostruire insieme", "Stefano Bonelli", "ha detto", "Bonelli")], id="interrupted-hyphen-surname"),
    pytest.param("Il sindaco Mario Rossi ha visitato il cantiere. «Il nuovo asilo sarà pronto a settembre – ha detto il sindaco Rossi –. Poi penseremo alla palestra della scuola».", [Q("Il nuovo asilo sarà pronto a settembre", "Mario Rossi", "ha detto"), Q("Poi penseremo alla palestra della scuola", "Mario Rossi", "ha detto")], id="interrupted-dash-period"),
    pytest.param("«La biblioteca sarà aperta anche la domenica – ha detto il sindaco Rossi –. Era una richiesta di molti studenti».", [Q("La biblioteca sarà aperta anche la domenica", "Rossi", "ha detto", "Rossi"), Q("Era una richiesta di molti studenti", "Rossi", "ha detto", "Rossi")], id="interrupted-dash-period-surname-only"),
    pytest.param("«Questa è una giornata importante, ha dichiarato Laura Fontana, perché finalmente la biblioteca riapre».", [Q("Questa è una giornata importante", "Laura Fontana", "ha dichiarato"), Q("perché finalmente la biblioteca riapre", "Laura Fontana", "ha dichiarato")], id="interrupted-commas"),
    pytest.param("«Abbiamo scelto di puntare sui giovani — spiega Paolo Serra — perché sono loro il futuro del paese».", [Q("Abbiamo scelto di puntare sui giovani", "Paolo Serra", "spiega"), Q("perché sono loro il futuro del paese", "Paolo Serra", "spiega")], id="interrupted-em-dash-spiega"),
    pytest.param("“Il lavoro non è ancora finito – sottolinea Marta Longo – ma la direzione è quella giusta”.", [Q("Il lavoro non è ancora finito", "Marta Longo", "sottolinea"), Q("ma la direzione è quella giusta", "Marta Longo", "sottolinea")], id="interrupted-curly-sottolinea"),
    pytest.param("Il presidente della Provincia, Giovanni Riva, ha presentato il piano. «Le strade sono la nostra priorità – ha detto il presidente – e lo resteranno per tutto il mandato».", [Q("Le strade sono la nostra priorità", "Giovanni Riva", "ha detto"), Q("e lo resteranno per tutto il mandato", "Giovanni Riva", "ha detto")], id="interrupted-role-only"),
    pytest.param("\"Il bando resterà aperto fino a marzo - precisa Elisa Marchi - e potranno partecipare tutte le associazioni\".", [Q("Il bando resterà aperto fino a marzo", "Elisa Marchi", "precisa"), Q("e potranno partecipare tutte le associazioni", "Elisa Marchi", "precisa")], id="interrupted-straight-hyphen"),
    pytest.param("«Grazie – ha detto Stefano Bonaccini – a tutti i volontari che hanno lavorato giorno e notte».", [Q("a tutti i volontari che hanno lavorato giorno e notte", "Stefano Bonaccini", "ha detto")], id="interrupted-first-part-one-word"),
    # --- speaker resolved to the full name (surname or role in the cue) ---
    pytest.param("Stefano Bonaccini ha visitato il cantiere della variante. «I lavori procedono nei tempi previsti dal cronoprogramma», ha detto Bonaccini.", [Q("I lavori procedono nei tempi previsti dal cronoprogramma", "Stefano Bonaccini", "ha detto", "Bonaccini")], id="surname-resolves-full-name"),
    pytest.param("La sindaca Elisa Marchi ha inaugurato la mostra. «È un giorno di festa per tutta la città», commenta Marchi.", [Q("È un giorno di festa per tutta la città", "Elisa Marchi", "commenta", "Marchi")], id="surname-commenta"),
    pytest.param("Alla conferenza erano presenti Luca Bianchi e Anna Verdi. «Il progetto coinvolgerà dieci scuole della provincia», ha spiegato Verdi.", [Q("Il progetto coinvolgerà dieci scuole della provincia", "Anna Verdi", "ha spiegato", "Verdi")], id="surname-picks-right-person"),
    pytest.param("Al convegno è intervenuto il presidente di Confcommercio Luigi Sala. «Il commercio di vicinato va difeso con ogni mezzo», ha detto il presidente.", [Q("Il commercio di vicinato va difeso con ogni mezzo", "Luigi Sala", "ha detto")], id="role-presidente"),
    pytest.param("Al convegno è intervenuto il presidente di Confcommercio, Luigi Sala. «Il commercio di vicinato va difeso con ogni mezzo», ha detto il presidente.", [Q("Il commercio di vicinato va difeso con ogni mezzo", "Luigi Sala", "ha detto")], id="role-presidente-apposition"),
    pytest.param("Il sindaco di Lucca, Mario Pardini, ha firmato l'ordinanza. «Vogliamo proteggere i residenti del centro storico», ha spiegato il sindaco.", [Q("Vogliamo proteggere i residenti del centro storico", "Mario Pardini", "ha spiegato")], id="role-sindaco"),
    pytest.param("L'assessora alla cultura Francesca Neri ha presentato il cartellone. «Abbiamo pensato a un programma per tutte le età», spiega l'assessora.", [Q("Abbiamo pensato a un programma per tutte le età", "Francesca Neri", "spiega")], id="role-assessora"),
    pytest.param("La direttrice del museo, Carla Bruni, ha accolto i visitatori.\n\n«Questa collezione racconta tre secoli di storia della città», ha aggiunto la direttrice.", [Q("Questa collezione racconta tre secoli di storia della città", "Carla Bruni", "ha aggiunto")], id="role-in-earlier-paragraph"),
    pytest.param("«Il paese ha bisogno di nuove regole sul lavoro», ha detto il ministro.", [Q("Il paese ha bisogno di nuove regole sul lavoro", None)], id="role-never-named-null"),
    # --- same speaker across sentences ---
    pytest.param("«Il museo resterà aperto tutta l'estate», dichiara Paolo Conti. «Abbiamo previsto anche visite serali per le famiglie», aggiunge.", [Q("Il museo resterà aperto tutta l'estate", "Paolo Conti", "dichiara"), Q("Abbiamo previsto anche visite serali per le famiglie", "Paolo Conti", "aggiunge")], id="second-quote-aggiunge-same-speaker"),
    pytest.param("«Il nuovo centro diurno accoglierà trenta anziani», spiega Luisa Ferri.\n\n«Le liste d'attesa si ridurranno finalmente», afferma Giorgio Sala.", [Q("Il nuovo centro diurno accoglierà trenta anziani", "Luisa Ferri", "spiega"), Q("Le liste d'attesa si ridurranno finalmente", "Giorgio Sala", "afferma")], id="two-speakers-two-paragraphs"),
    # --- groups and organizations speaking ---
    pytest.param("Il Comitato Salviamo l'Ospedale ha organizzato un presidio. «Continueremo a presidiare l'ospedale giorno e notte», affermano i promotori.", [Q("Continueremo a presidiare l'ospedale giorno e notte", "Comitato Salviamo l'Ospedale", "affermano")], id="group-promotori-named-org"),
    pytest.param("Il comitato ha organizzato un presidio. «Continueremo a presidiare l'ospedale giorno e notte», affermano i promotori del Comitato Salviamo l'Ospedale.", [Q("Continueremo a presidiare l'ospedale giorno e notte", "Comitato Salviamo l'Ospedale", "affermano")], id="group-promotori-org-after"),
    pytest.param("«Non ci fermeremo finché l'acqua resterà nelle mani dei privati», concludono i portavoce di Legambiente Toscana.", [Q("Non ci fermeremo finché l'acqua resterà nelle mani dei privati", "Legambiente Toscana", "concludono")], id="group-portavoce-of-org"),
    pytest.param("Italia Nostra ha presentato un esposto contro il parcheggio. «Il centro storico non può diventare un garage a cielo aperto», sottolineano i volontari.", [Q("Il centro storico non può diventare un garage a cielo aperto", "Italia Nostra", "sottolineano")], id="group-volontari-org-before"),
    pytest.param("«Siamo stanchi di aspettare risposte che non arrivano mai», dicono i residenti della via.", [Q("Siamo stanchi di aspettare risposte che non arrivano mai", None, "dicono")], id="group-unnamed-null"),
    pytest.param("«Questa intesa apre una stagione nuova per il territorio», dichiarano Paolo Neri e Lucia Ferrante.", [Q("Questa intesa apre una stagione nuova per il territorio", "Paolo Neri", "dichiarano", "Paolo Neri")], id="two-speakers-first-named"),
    pytest.param("Il Comune di Prato fa sapere: «Gli uffici resteranno chiusi per tutta la settimana di Ferragosto».", [Q("Gli uffici resteranno chiusi per tutta la settimana di Ferragosto", "Comune di Prato", "fa sapere")], id="org-fa-sapere"),
    pytest.param("In una nota Coldiretti Puglia denuncia: «I prezzi pagati agli agricoltori non coprono nemmeno i costi».", [Q("I prezzi pagati agli agricoltori non coprono nemmeno i costi", "Coldiretti Puglia", "denuncia")], id="org-denuncia"),
    # --- speaker null when the text does not say ---
    pytest.param("Tra il pubblico qualcuno ha gridato «Vogliamo sapere la verità su questa storia».", [Q("Vogliamo sapere la verità su questa storia", None)], id="anonymous-shout"),
    pytest.param("«Il parco deve restare aperto anche d'estate», era scritto sui cartelli dei manifestanti.", [Q("Il parco deve restare aperto anche d'estate", None)], id="placards-null"),
    pytest.param("Il sindaco Marco Ferri ha aperto la seduta del consiglio.\n\n«Serve più attenzione per le frazioni di montagna», si sente ripetere spesso in paese.", [Q("Serve più attenzione per le frazioni di montagna", None)], id="person-in-other-paragraph-null"),
    pytest.param("«Questa è una vergogna per tutta la città», si legge in un volantino anonimo.", [Q("Questa è una vergogna per tutta la città", None)], id="anonymous-leaflet"),
    # --- other quote marks ---
    pytest.param("‘Siamo pronti a ripartire con entusiasmo’, ha detto Luca Sarti.", [Q("Siamo pronti a ripartire con entusiasmo", "Luca Sarti", "ha detto")], id="single-curly-quotes"),
    pytest.param("Il tecnico Marco Gatti ha dichiarato: \"L'obiettivo è salvarsi con qualche giornata di anticipo\".", [Q("L'obiettivo è salvarsi con qualche giornata di anticipo", "Marco Gatti", "ha dichiarato")], id="straight-with-apostrophe"),
    # --- traps: not quotes ---
    pytest.param("Il Comune ha aderito al progetto “Smarter Italy” insieme ad altre undici città.", [], id="trap-scare-project"),
    pytest.param("Durante la serata sarà presentato il libro «La luna e i falò» di Cesare Pavese.", [], id="trap-book-title"),
    pytest.param("Sul palco salirà Marco \"Rizzo\" Paoli, storico capitano della squadra.", [], id="trap-nickname-straight"),
    pytest.param("Giovanni «Nanni» Bertolucci ha ricevuto il premio alla carriera.", [], id="trap-nickname-guillemets"),
    pytest.param("Il nuovo servizio si chiama «Pedibus» e partirà a ottobre.", [], id="trap-single-word"),
    pytest.param("Il motto della giornata era «insieme si vince».", [], id="trap-three-words"),
    pytest.param("Il sindaco ha parlato di una “svolta storica” per la città.", [], id="trap-two-word-scare"),
    pytest.param("Lo slogan «Più verde per tutti» accompagnerà la campagna di primavera.", [], id="trap-slogan"),
    pytest.param("Resterà aperta fino a maggio la mostra “Il Novecento in cento fotografie” al Palazzo Ducale.", [], id="trap-exhibition-title"),
    pytest.param("Venerdì sarà proiettato il film \"La vita è bella\" di Roberto Benigni.", [], id="trap-film-title"),
    pytest.param("Torna la rassegna «Musica nei cortili del centro» con dieci concerti gratuiti.", [], id="trap-festival-title"),
    pytest.param("Il convegno dal titolo “Il lavoro che cambia nelle aree interne” si terrà a Rieti.", [], id="trap-conference-title"),
    pytest.param("Basta scaricare l'app «Pisa Smart» per prenotare il parcheggio.", [], id="trap-app-name"),
    pytest.param("La scuola ha ricevuto in dono un televisore da 55\" per l'aula magna.", [], id="trap-inch-mark"),
    pytest.param("Lo spettacolo «Aspettando Godot» andrà in scena sabato al teatro comunale.", [], id="trap-play-title"),
    pytest.param("La canzone “Nel blu dipinto di blu” ha aperto il concerto in piazza.", [], id="trap-song-title"),
    pytest.param("Il sindaco di Castelfranco, Giorgio Pellizzari, ha ringraziato la Polizia di Stato «a nome di una comunità che per mesi ha avuto paura».",
                 [Q("a nome di una comunità che per mesi ha avuto paura", "Giorgio Pellizzari", None, "Giorgio Pellizzari")], id="subject-verb-then-quote"),
    pytest.param("Soddisfatto il procuratore Raffaele Gentile, che in una nota ha parlato di «un lavoro investigativo paziente che ha restituito serenità ai commercianti».",
                 [Q("un lavoro investigativo paziente che ha restituito serenità ai commercianti", "Raffaele Gentile")], id="che-ha-parlato-di"),
    pytest.param("Tra i primi ricoverati c'è Ines, 87 anni. \"Mi hanno fatto alzare il giorno dopo l'intervento\", ha raccontato ai giornalisti dal suo letto.",
                 [Q("Mi hanno fatto alzare il giorno dopo l'intervento", "Ines", "ha raccontato")], id="bare-cue-with-indirect-object"),
    pytest.param("Alla guida dell'associazione c'è Antonio “Totò” Esposito, ex arbitro.", [], id="trap-nickname-curly"),
    pytest.param("I ragazzi hanno definito l'esperienza «davvero indimenticabile», ha detto Sara Bassi.", [], id="trap-two-words-with-cue"),
    # --- a quote and a trap in the same text ---
    pytest.param("Il progetto “Smarter Italy” arriva a Prato. «Con questi fondi digitalizzeremo tutti gli uffici comunali», ha detto l'assessore Marco Lodi.", [Q("Con questi fondi digitalizzeremo tutti gli uffici comunali", "Marco Lodi", "ha detto", "Marco Lodi")], id="quote-after-scare-quotes"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quotes(text, expected):
    r = extract(text)
    for q in r.quotes:
        assert r.text[q.start:q.end] == q.text
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert r.text[m.start:m.end] == m.text
    assert [(q.text, q.speaker) for q in r.quotes] == [(e.text, e.speaker) for e in expected]
    for q, e in zip(r.quotes, expected):
        if e.speaker is not None:
            assert q.speaker_mention is not None, q
        if e.cue is not ANY:
            assert q.cue == e.cue, q
        if e.mention is not ANY:
            assert q.speaker_mention.text == e.mention, q


@pytest.mark.parametrize(("text", "expected"), [
    ("Il sindaco Mario Rossi ha detto «siamo pronti a ripartire subito con i lavori».",
     [("siamo pronti a ripartire subito con i lavori", "Mario Rossi")]),
    ("Come dice un vecchio proverbio “chi semina vento raccoglie tempesta”, ricorda l’allenatore Sergio Fanti.", []),
])
def test_cue_without_colon_and_sayings(text, expected):
    r = extract(text)
    assert [(q.text, q.speaker) for q in r.quotes] == expected
