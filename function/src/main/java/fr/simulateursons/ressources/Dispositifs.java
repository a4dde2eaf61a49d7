package fr.simulateursons.ressources;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class Dispositifs {
    private final String version;
    private final Map<String, Dispositif> parCode;

    public Dispositifs(String version, List<Dispositif> dispositifs) {
        this.version = version;
        this.parCode = dispositifs.stream().collect(Collectors.toUnmodifiableMap(Dispositif::code,
                Function.identity()));
    }

    public String version() {
        return version;
    }

    public Optional<Dispositif> dispositif(String code) {
        return Optional.ofNullable(parCode.get(code));
    }
}
