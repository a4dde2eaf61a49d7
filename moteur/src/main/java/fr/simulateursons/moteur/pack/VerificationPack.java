package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.core.JacksonException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code format-sons verifier} (spec §6): a pack is coherent, and each of its examples passes the chain. */
final class VerificationPack {

    private VerificationPack() {
    }

    static OutilsPack.Verification verifier(SourcePack source, Moteur.Builder ressources, String tauxTva) {
        Pack format;
        try {
            format = ChargementPack.verifier(source);
        } catch (PackIncoherent e) {
            return new OutilsPack.Verification(source.chemin(), null, e.textes(), List.of());
        }
        Moteur moteur = ressources.formatSons(source).build();
        List<OutilsPack.Exemple> exemples = new ArrayList<>();
        format.types().forEach((type, t) -> {
            String numero = numeroAns(format, t.exemple());
            Resultat r = moteur.simuler(t.exemple(), Parametres.formulaire(numero, type, tauxTva));
            exemples.add(new OutilsPack.Exemple(type, t.fichierExemple(), numero, r));
        });
        exemples.sort(Comparator.comparing(OutilsPack.Exemple::typeDemande));
        return new OutilsPack.Verification(source.chemin(), format.version(), List.of(), exemples);
    }

    /** The example's own numéro de référencement, or nothing (then P01 says the example lacks it). */
    private static String numeroAns(Pack format, byte[] exemple) {
        try {
            return format.entete().numeroReferencement().lire(JsonStrict.MAPPER.readTree(exemple)).asString("");
        } catch (JacksonException | IllegalArgumentException e) {
            return "";
        }
    }
}
