package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

import java.util.function.Function;
import java.util.function.Predicate;

/** A rule on the key of one identifier (D02–D04): the code, where the identifier is, and its key rule. */
record RegleCle(Code code, String relatif, Function<Demande, String> identifiant, Predicate<String> valide)
        implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        String valeur = identifiant.apply(demande);
        if (!valide.test(valeur)) {
            anomalies.signaler(demande, code, relatif, valeur);
        }
    }
}
