package fr.simulateursons.moteur.json;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Records bound by {@link JsonStrict#MAPPER} are built by {@link ConstructeursDirects}, and fail as Jackson's would. */
class ConstructeursDirectsTest {

    /** Who called the constructor last: the frames between the binding and the record. */
    private static final AtomicReference<List<String>> APPELANTS = new AtomicReference<>();

    private record Temoin(String nom, BigDecimal montant, List<Temoin> enfants) {
        Temoin {
            if (nom.isBlank()) {
                throw new IllegalArgumentException("nom vide");
            }
            if (nom.equals("erreur")) {
                throw new AssertionError("une erreur de la JVM");
            }
            APPELANTS.set(StackWalker.getInstance(StackWalker.Option.SHOW_REFLECT_FRAMES)
                    .walk(s -> s.skip(1).limit(12).map(StackWalker.StackFrame::getClassName).toList()));
        }
    }

    @Test
    void unRecordEstConstruitParSonConstructeurSansPoigneeDeMethode() {
        Temoin t = JsonStrict.MAPPER.readValue("{\"nom\": \"a\", \"montant\": 1.10, \"enfants\": [{\"nom\": \"b\", "
                + "\"montant\": 2, \"enfants\": []}]}", Temoin.class);
        List<String> appelants = APPELANTS.get();

        assertThat(t).isEqualTo(new Temoin("a", new BigDecimal("1.10"), List.of(new Temoin("b", new BigDecimal("2"), List.of()))));
        assertThat(appelants).anyMatch(c -> c.endsWith("ConstructeursDirects$ParConstructeur"))
                .noneMatch(c -> c.equals("tools.jackson.databind.introspect.AnnotatedConstructor"));
    }

    @Test
    void ceQueLeConstructeurLeveEstRapporteCommeParJackson() {
        String json = "{\"nom\": \" \", \"montant\": 1, \"enfants\": []}";

        Throwable nous = catchThrowable(() -> JsonStrict.MAPPER.readValue(json, Temoin.class));
        Throwable jackson = catchThrowable(() -> JsonMapper.builder().build().readValue(json, Temoin.class));

        assertThat(nous).isNotNull().hasSameClassAs(jackson).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("nom vide");
        assertThat(jackson).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uneErreurDuConstructeurPasseTelleQuelleCommeAvecJackson() {
        String json = "{\"nom\": \"erreur\", \"montant\": 1, \"enfants\": []}";

        Throwable nous = catchThrowable(() -> JsonStrict.MAPPER.readValue(json, Temoin.class));
        Throwable jackson = catchThrowable(() -> JsonMapper.builder().build().readValue(json, Temoin.class));

        assertThat(nous).isInstanceOf(AssertionError.class).hasMessage("une erreur de la JVM").hasSameClassAs(jackson);
    }
}
