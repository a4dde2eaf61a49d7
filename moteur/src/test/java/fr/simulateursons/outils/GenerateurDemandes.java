package fr.simulateursons.outils;

import java.nio.charset.StandardCharsets;

/**
 * Realistic AVANCE files of a given size, for benchmarks and load tests: demandes with distinct ids and
 * FINESS, valid keys and consistent amounts (bundled demo référentiel, taux 20). With {@code enAnomalie}
 * every demande's TVA is one cent off, so every demande is annotated (D07).
 */
public final class GenerateurDemandes {

    private GenerateurDemandes() {
    }

    public static byte[] avance(int tailleVisee, boolean enAnomalie) {
        StringBuilder s = new StringBuilder(tailleVisee + 1024);
        s.append("{\n  \"siret\": \"95260181590833\",\n  \"numeroReferencement\": \"SONS-V2-DEMO-DPI\",\n")
                .append("  \"dispositif\": \"HOP-DPI-VA2\",\n  \"demandes\": [");
        String fin = "\n  ]\n}\n";
        int octets = utf8(s) + utf8(fin);
        for (int i = 0; ; i++) {
            String demande = demande(i, enAnomalie);
            int n = utf8(demande) + (i == 0 ? 0 : 1);
            if (i > 0 && octets + n > tailleVisee) {
                break;
            }
            s.append(i == 0 ? "" : ",").append(demande);
            octets += n;
        }
        return s.append(fin).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String demande(int i, boolean enAnomalie) {
        long centimesHt = 1_000_00L + (i * 7919L) % 14_000_000L;
        long centimesTtc = centimesHt + Math.round(centimesHt * 0.2);
        // One cent off the TVA, the TTC right: the one anomaly is D07.
        long centimesTva = Math.round(centimesHt * 0.2) + (enAnomalie ? 1 : 0);
        return "\n    {\n"
                + "      \"idDemande\": \"DEM-" + String.format("%08d", i) + "\",\n"
                + "      \"prestation\": \"" + (i % 3 == 0 ? "VA1_VA2" : "VA2") + "\",\n"
                + "      \"beneficiaire\": {\n"
                + "        \"finessJuridique\": \"" + avecCle(String.format("%08d", 10_000_000 + i)) + "\",\n"
                + "        \"finessGeographique\": \"" + avecCle(String.format("%08d", 30_000_000 + i)) + "\",\n"
                + "        \"siret\": \"" + avecCle(String.format("%013d", 9_518_190_937_000L + i)) + "\",\n"
                + "        \"raisonSociale\": \"Centre hospitalier n° " + i + " — Hôpital de démonstration\"\n"
                + "      },\n"
                + "      \"bonDeCommande\": {\n"
                + "        \"numero\": \"BDC-" + i + "\",\n"
                + "        \"dateSignature\": \"2025-0" + (1 + i % 9) + "-1" + (i % 10) + "\",\n"
                + "        \"montantHT\": " + euros(centimesHt) + ",\n"
                + "        \"montantTVA\": " + euros(centimesTva) + ",\n"
                + "        \"montantTTC\": " + euros(centimesTtc) + "\n"
                + "      }\n"
                + "    }";
    }

    private static int utf8(CharSequence texte) {
        return texte.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String euros(long centimes) {
        return centimes / 100 + "." + String.format("%02d", centimes % 100);
    }

    /** The digit that makes {@code debut} + it pass Luhn. */
    public static String avecCle(String debut) {
        for (int c = 0; c < 10; c++) {
            String n = debut + c;
            int somme = 0;
            boolean double_ = false;
            for (int k = n.length() - 1; k >= 0; k--) {
                int d = n.charAt(k) - '0';
                if (double_) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                somme += d;
                double_ = !double_;
            }
            if (somme % 10 == 0) {
                return n;
            }
        }
        throw new IllegalStateException();
    }
}
