package fr.simulateursons.format;

import fr.simulateursons.engine.Etat;
import fr.simulateursons.engine.Resultat;
import fr.simulateursons.engine.chaine.Simulation;
import fr.simulateursons.engine.fichier.Fichier;
import fr.simulateursons.engine.parametres.SourcesDeParametres;
import fr.simulateursons.json.JsonStrict;
import fr.simulateursons.ressources.SourcesDeRessources;
import fr.simulateursons.ressources.format.ChargementFormat;
import fr.simulateursons.ressources.format.DefautFormat;
import fr.simulateursons.ressources.format.FormatIncoherent;
import fr.simulateursons.ressources.format.FormatSons;
import fr.simulateursons.ressources.format.SourceFormat;
import tools.jackson.core.JacksonException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code format-sons verifier} (spec §6): a pack is coherent, and each of its examples passes the chain with the
 * bundled demo référentiel and dispositifs, the numéro ANS its header carries and the given TVA rate.
 */
public final class VerificationFormat {

    /** One example run through the chain. */
    public record Exemple(String typeDemande, String fichier, String numeroAns, Resultat resultat) {
        public boolean reussi() {
            return resultat.etat() == Etat.REUSSI;
        }
    }

    /** @param format empty when the pack is not coherent ({@code defauts} then says why) */
    public record Verification(String chemin, Optional<FormatSons> format, List<DefautFormat> defauts,
                               List<Exemple> exemples) {
        public boolean conforme() {
            return defauts.isEmpty() && exemples.stream().allMatch(Exemple::reussi);
        }
    }

    private VerificationFormat() {
    }

    public static Verification verifier(SourceFormat source, String tauxTva, Clock horloge) {
        FormatSons format;
        try {
            format = ChargementFormat.verifier(source);
        } catch (FormatIncoherent e) {
            return new Verification(source.chemin(), Optional.empty(), e.defauts(), List.of());
        }
        SourcesDeRessources ressources = SourcesDeRessources.defaut().avecFormat(source);
        Simulation simulation = new Simulation(horloge);
        List<Exemple> exemples = new ArrayList<>();
        format.types().forEach((type, t) -> {
            String numero = numeroAns(format, t.exemple());
            Resultat r = simulation.simuler(SourcesDeParametres.options(Map.of(SourcesDeParametres.NUMERO_ANS, numero,
                    SourcesDeParametres.TYPE_DEMANDE, type, SourcesDeParametres.TAUX_TVA, tauxTva)),
                    Fichier.de(t.exemple()), ressources);
            exemples.add(new Exemple(type, t.fichierExemple(), numero, r));
        });
        exemples.sort(Comparator.comparing(Exemple::typeDemande));
        return new Verification(source.chemin(), Optional.of(format), List.of(), exemples);
    }

    /** The example's own numéro de référencement, or nothing (then P01 says the example lacks it). */
    private static String numeroAns(FormatSons format, byte[] exemple) {
        try {
            return format.entete().numeroReferencement().lire(JsonStrict.MAPPER.readTree(exemple)).asString("");
        } catch (JacksonException | IllegalArgumentException e) {
            return "";
        }
    }
}
