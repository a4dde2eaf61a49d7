package fr.simulateursons.outils;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One way of breaking the essai pack per coherence fault of spec §6, each with where the fault must be reported
 * and a word of its message: the tests of the loader and of the commands share them.
 */
public enum PacksCasses {
    MANIFESTE_ABSENT("format.json", "ne peut pas être lu", d -> supprimer(d.resolve("format.json"))),
    MANIFESTE_PAS_JSON("format.json", "n'est pas un JSON valide", d -> ecrire(d.resolve("format.json"), "{\"version\": ")),
    MANIFESTE_SANS_PRESTATIONS("format.json", "prestations est obligatoire", d -> manifeste(d, m -> m.remove("prestations"))),
    MANIFESTE_CLE_INCONNUE("format.json", "inconnue n'est pas attendue", d -> manifeste(d, m -> m.put("inconnue", 1))),
    FORME_DE_DATE_INCONNUE("format.json/valeurs/date", "l'une des valeurs",
            d -> manifeste(d, m -> ((ObjectNode) m.get("valeurs")).put("date", "JJ-MM-AAAA"))),
    FICHIER_HORS_DU_PACK("format.json/schemas/AVANCE", "format attendu",
            d -> manifeste(d, m -> ((ObjectNode) m.get("schemas")).put("AVANCE", "../avance.json"))),
    SCHEMA_ABSENT("schemas/avance.json", "ne peut pas être lu", d -> supprimer(d.resolve("schemas/avance.json"))),
    SCHEMA_PAS_JSON("schemas/solde.json", "n'est pas un JSON valide", d -> ecrire(d.resolve("schemas/solde.json"), "[1,")),
    SCHEMA_INVALIDE("schemas/avance.json/properties/programme/type", "JSON Schema 2020-12 valide",
            d -> remplacer(d.resolve("schemas/avance.json"), "\"programme\": {\n      \"type\": \"string\"",
                    "\"programme\": {\n      \"type\": \"strnig\"")),
    EXEMPLE_ABSENT("exemples/solde.json", "ne peut pas être lu", d -> supprimer(d.resolve("exemples/solde.json"))),
    POINTEUR_D_ENTETE_NON_DECLARE("format.json/entete/dispositif", "programmes n'y est pas déclarée",
            d -> manifeste(d, m -> ((ObjectNode) m.get("entete")).put("dispositif", "/programmes"))),
    POINTEUR_DE_DEMANDE_NON_DECLARE("format.json/demande/siret", "siretEtab n'y est pas déclarée",
            d -> manifeste(d, m -> ((ObjectNode) m.get("demande")).put("siret", "/etablissement/siretEtab"))),
    DEMANDES_SANS_ITEMS("format.json/demandes", "ne désigne pas un tableau",
            d -> manifeste(d, m -> m.put("demandes", "/fournisseur"))),
    FACTURE_NON_DECLAREE_EN_SOLDE("format.json/demande/facture/montantHT", "montant n'y est pas déclarée",
            d -> manifeste(d, m -> ((ObjectNode) m.get("demande").get("facture")).put("montantHT", "/facturation/montant"))),
    PRESTATION_SANS_PLAFOND("format.json/prestations", "V1V2",
            d -> manifeste(d, m -> ((ObjectNode) m.get("prestations")).remove("V1V2")));

    /** Where the fault is, as the loader says it ({@code format.json/demande/siret}). */
    public final String lieu;
    /** A part of its message. */
    public final String message;
    private final Consumer<Path> casser;

    PacksCasses(String lieu, String message, Consumer<Path> casser) {
        this.lieu = lieu;
        this.message = message;
        this.casser = casser;
    }

    /** A copy of the essai pack under {@code dossier}, broken this way. */
    public Path creer(Path dossier) {
        Path pack = dossier.resolve(name().toLowerCase());
        Fixtures.copie(Fixtures.MODULE.resolve("src/test/resources/" + TraducteurPack.DOSSIER), pack);
        casser.accept(pack);
        return pack;
    }

    private static void manifeste(Path pack, Consumer<ObjectNode> changer) {
        Path f = pack.resolve("format.json");
        try {
            ObjectNode m = (ObjectNode) JsonStrict.MAPPER.readTree(f.toFile());
            changer.accept(m);
            Files.writeString(f, JsonStrict.MAPPER.writeValueAsString(m), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remplacer(Path f, String avant, String apres) {
        try {
            String t = Files.readString(f);
            if (!t.contains(avant)) {
                throw new IllegalStateException("absent de " + f + " : " + avant);
            }
            Files.writeString(f, t.replace(avant, apres));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ecrire(Path f, String texte) {
        try {
            Files.writeString(f, texte);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void supprimer(Path f) {
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
