package se.webbgranskning.crawl.wacz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.webbgranskning.crawl.index.PageIndex;

/**
 * The bundle's manifest, {@code datapackage.json} (a Frictionless Data Package as WACZ 1.1.1 profiles it), and
 * {@code datapackage-digest.json}, which fixes the manifest by its hash and so, through the hashes the manifest
 * lists, every file of the bundle.
 */
final class DataPackage {

    static final String FILE = "datapackage.json";
    static final String DIGEST_FILE = "datapackage-digest.json";
    static final String WACZ_VERSION = "1.1.1";
    static final String SOFTWARE = "Webbgranskning";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataPackage() {
    }

    /**
     * @param pages     the listed pages; the first, if any, is the main page
     * @param resources every other file of the bundle
     */
    static byte[] json(WaczContents contents, Instant created, List<PagesJsonl.Page> pages,
                       List<BundledFile> resources) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("profile", "data-package");
        manifest.put("wacz_version", WACZ_VERSION);
        manifest.put("title", contents.title());
        if (!contents.description().isBlank()) {
            manifest.put("description", contents.description());
        }
        manifest.put("created", PagesJsonl.rfc3339(created.truncatedTo(ChronoUnit.SECONDS)));
        manifest.put("software", SOFTWARE);
        if (!pages.isEmpty()) {
            manifest.put("mainPageUrl", pages.get(0).url());
            manifest.put("mainPageDate", PagesJsonl.rfc3339(pages.get(0).ts()));
        }
        manifest.put("resources", resources.stream().map(DataPackage::resource).toList());
        return write(manifest);
    }

    static byte[] digest(byte[] manifest) {
        Map<String, Object> digest = new LinkedHashMap<>();
        digest.put("path", FILE);
        digest.put("hash", hash(PageIndex.sha256Hex(manifest)));
        return write(digest);
    }

    private static Map<String, Object> resource(BundledFile file) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", file.name());
        resource.put("path", file.path());
        resource.put("hash", hash(file.sha256()));
        resource.put("bytes", file.bytes());
        return resource;
    }

    private static String hash(String sha256Hex) {
        return "sha256:" + sha256Hex;
    }

    private static byte[] write(Map<String, Object> object) {
        try {
            return JSON.writeValueAsBytes(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings, numbers and lists must serialise", e);
        }
    }
}
