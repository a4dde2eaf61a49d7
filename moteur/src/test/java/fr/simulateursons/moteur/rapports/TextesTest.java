package fr.simulateursons.moteur.rapports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextesTest {

    @Test
    void surUneLigneRemplaceLesControlesEtLesSurrogatsIsoles() {
        assertThat(Textes.surUneLigne("a\nb\u0000c\u2028d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(Textes.surUneLigne("x\uDC00y\uD800")).isEqualTo("x\uFFFDy\uFFFD");
        String emoji = "é😀ü";
        assertThat(Textes.surUneLigne(emoji)).isSameAs(emoji);
    }

    @Test
    void uriRelativeOuFile() {
        assertThat(Textes.uri("examples/avance valide.json")).isEqualTo("examples/avance%20valide.json");
        assertThat(Textes.uri("a:b.json")).isEqualTo("a%3Ab.json");
        assertThat(Textes.uri("dossier\\é.json")).isEqualTo("dossier/%C3%A9.json");
        assertThat(Textes.uri("/tmp/x?#.json")).isEqualTo("file:///tmp/x%3F%23.json");
        assertThat(Textes.uri("C:\\dépôts\\a.json")).isEqualTo("file:///C:/d%C3%A9p%C3%B4ts/a.json");
    }
}
