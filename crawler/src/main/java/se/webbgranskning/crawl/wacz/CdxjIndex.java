package se.webbgranskning.crawl.wacz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The bundle's {@code indexes/index.cdxj}: its lines sorted, which is what lets replay tools binary-search it. */
final class CdxjIndex {

    /** pywb and ReplayWeb.page expect the order of {@code LC_ALL=C sort}: by the lines' UTF-8 bytes. */
    private static final Comparator<byte[]> BYTE_ORDER = Arrays::compareUnsigned;

    private CdxjIndex() {
    }

    static byte[] bytes(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.stream().map(line -> line.getBytes(StandardCharsets.UTF_8)).sorted(BYTE_ORDER).forEach(line -> {
            out.writeBytes(line);
            out.write('\n');
        });
        return out.toByteArray();
    }
}
