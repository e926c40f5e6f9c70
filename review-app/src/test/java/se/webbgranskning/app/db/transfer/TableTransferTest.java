package se.webbgranskning.app.db.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a table with every kind of column, through a dump and directly from database to database. */
class TableTransferTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String LONG_TEXT = "Åäö \"citat\" \\ och\nradbrytning\t; ".repeat(20_000);

    @TempDir
    Path directory;

    @Test
    void everyKindOfValueSurvivesADumpAndIdentitiesMovePastTheCopiedRows() throws Exception {
        JdbcDataSource source = database();
        createSchema(source);
        fill(source);
        JdbcDataSource target = database();
        createSchema(target);

        List<TableCount> dumped;
        try (DatabaseSource snapshot = DatabaseSource.open(source)) {
            dumped = TableTransfer.copy(snapshot, new DumpWriter(directory));
        }
        // the child table sorts first by name but refers to the parent, so it comes after it
        assertThat(dumped).containsExactly(new TableCount("z_parent", 3), new TableCount("a_child", 2));
        try (Connection connection = target.getConnection()) {
            List<TableCount> loaded = TableTransfer.copy(new DumpReader(directory, List.of("z_parent", "a_child")),
                    new DatabaseTarget(connection));
            assertThat(loaded).isEqualTo(dumped);
        }

        assertSameRows(source, target, "z_parent");
        assertSameRows(source, target, "a_child");
        assertThat(newIdentity(target)).isEqualTo(43);
    }

    @Test
    void oneDatabaseCopiesIntoAnotherDirectly() throws Exception {
        JdbcDataSource source = database();
        createSchema(source);
        fill(source);
        JdbcDataSource target = database();
        createSchema(target);

        try (DatabaseSource snapshot = DatabaseSource.open(source); Connection connection = target.getConnection()) {
            TableTransfer.copy(snapshot, new DatabaseTarget(connection));
        }

        assertSameRows(source, target, "z_parent");
        assertThat(newIdentity(target)).isEqualTo(43);
    }

    @Test
    void theSnapshotSeesNoRowCommittedAfterItOpenedInAnyTable() throws Exception {
        JdbcDataSource source = database();
        createSchema(source);
        fill(source);
        // a table unrelated to the others: H2's REPEATABLE READ would take its snapshot only at its first read
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE m_note (note_id BIGINT PRIMARY KEY, note VARCHAR(20))");
            statement.execute("INSERT INTO m_note VALUES (1, 'före')");
        }

        try (DatabaseSource snapshot = DatabaseSource.open(source)) {
            assertThat(snapshot.tables()).extracting(TableShape::key).containsExactly("z_parent", "a_child", "m_note");
            List<Object[]> parents = new ArrayList<>();
            snapshot.forEachRow(snapshot.tables().get(0), parents::add);
            try (Connection writer = source.getConnection(); Statement statement = writer.createStatement()) {
                statement.execute("INSERT INTO z_parent (id, flag, label, fixed, body)"
                        + " VALUES (100, TRUE, 'ny', 'abcd', 'x')");
                statement.execute("INSERT INTO a_child (parent_id, note) VALUES (1, 'efter')");
                statement.execute("INSERT INTO m_note VALUES (2, 'efter')");
            }
            List<Object[]> parentsAgain = new ArrayList<>();
            List<Object[]> children = new ArrayList<>();
            List<Object[]> notes = new ArrayList<>();
            snapshot.forEachRow(snapshot.tables().get(0), parentsAgain::add);
            snapshot.forEachRow(snapshot.tables().get(1), children::add);
            snapshot.forEachRow(snapshot.tables().get(2), notes::add);
            assertThat(parents).hasSize(3);
            assertThat(parentsAgain).hasSize(3);
            assertThat(children).hasSize(2);
            assertThat(notes).hasSize(1);
        }
    }

    @Test
    void aTableOfManyBatchesIsCopiedWhole() throws Exception {
        JdbcDataSource source = database();
        createSchema(source);
        String page = "sidtext ".repeat(2_500);
        try (Connection connection = source.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO z_parent (flag, label, fixed, body) VALUES (TRUE, ?, 'abcd', ?)")) {
            for (int i = 0; i < 1_234; i++) {
                insert.setString(1, "rad " + i);
                insert.setString(2, page + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        JdbcDataSource target = database();
        createSchema(target);

        try (DatabaseSource snapshot = DatabaseSource.open(source); Connection connection = target.getConnection()) {
            assertThat(TableTransfer.copy(snapshot, new DatabaseTarget(connection)))
                    .contains(new TableCount("z_parent", 1_234));
        }

        assertSameRows(source, target, "z_parent");
        assertThat(newIdentity(target)).isEqualTo(1_235);
    }

    @Test
    void aTargetWithRowsIsRefused() throws Exception {
        JdbcDataSource source = database();
        createSchema(source);
        fill(source);
        JdbcDataSource target = database();
        createSchema(target);
        fill(target);

        try (DatabaseSource snapshot = DatabaseSource.open(source); Connection connection = target.getConnection()) {
            assertThatThrownBy(() -> TableTransfer.copy(snapshot, new DatabaseTarget(connection)))
                    .isInstanceOf(TransferException.class)
                    .hasMessageContaining("Tabellen z_parent i måldatabasen har redan 3 rader");
        }
    }

    @Test
    void aTargetWithRowsInAnyTableGetsNothingWritten() throws Exception {
        JdbcDataSource source = database();
        createSchema(source);
        fill(source);
        JdbcDataSource target = database();
        createSchema(target);
        for (JdbcDataSource database : List.of(source, target)) {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE zz_note (note_id BIGINT PRIMARY KEY, note VARCHAR(20))");
            }
        }
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO zz_note VALUES (1, 'redan här')");
        }

        try (DatabaseSource snapshot = DatabaseSource.open(source); Connection connection = target.getConnection()) {
            assertThatThrownBy(() -> TableTransfer.copy(snapshot, new DatabaseTarget(connection)))
                    .isInstanceOf(TransferException.class)
                    .hasMessageContaining("Tabellen zz_note i måldatabasen har redan 1 rader");
        }
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM z_parent")) {
            rs.next();
            assertThat(rs.getLong(1)).as("z_parent, copied before zz_note in table order").isZero();
        }
    }

    @Test
    void aDumpLineOfTheWrongKindIsRefusedWithItsFileLineAndColumn() throws Exception {
        JdbcDataSource source = database();
        createSchema(source);
        try (DatabaseSource snapshot = DatabaseSource.open(source)) {
            TableTransfer.copy(snapshot, new DumpWriter(directory));
        }
        String header = firstLine(directory.resolve("a_child.jsonl.gz"));
        Files.delete(directory.resolve("a_child.jsonl.gz"));
        try (BufferedWriter writer = new BufferedWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(
                Files.newOutputStream(directory.resolve("a_child.jsonl.gz"))), StandardCharsets.UTF_8))) {
            writer.write(header + "\n[1, 1, \"ok\"]\n[2, \"ett\", \"fel\"]\n");
        }
        JdbcDataSource target = database();
        createSchema(target);

        try (Connection connection = target.getConnection()) {
            DumpReader dump = new DumpReader(directory, List.of("z_parent", "a_child"));
            assertThatThrownBy(() -> TableTransfer.copy(dump, new DatabaseTarget(connection)))
                    .isInstanceOf(TransferException.class)
                    .hasMessageContaining("a_child.jsonl.gz rad 3, kolumnen parent_id")
                    .hasMessageContaining("är inte av typen INTEGER");
        }
    }

    @Test
    void tablesThatReferToEachOtherInACircleAreRefused() {
        TableShape a = new TableShape("a", List.of(), List.of());
        TableShape b = new TableShape("b", List.of(), List.of());
        assertThatThrownBy(() -> TableOrder.sort(List.of(a, b),
                java.util.Map.of("a", java.util.Set.of("b"), "b", java.util.Set.of("a"))))
                .isInstanceOf(TransferException.class).hasMessageContaining("i en cirkel");
    }

    private static JdbcDataSource database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:transfer" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    private static void createSchema(JdbcDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE z_parent (
                        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                        small SMALLINT, whole INTEGER, flag BOOLEAN NOT NULL, ratio DOUBLE PRECISION,
                        amount NUMERIC(12, 3), label VARCHAR(200) NOT NULL, fixed CHAR(4) NOT NULL, body TEXT NOT NULL,
                        on_day DATE, at_time TIME, local_at TIMESTAMP, zoned_at TIMESTAMP WITH TIME ZONE,
                        raw VARBINARY(100), big_raw BLOB)""");
            statement.execute("""
                    CREATE TABLE a_child (
                        child_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                        parent_id BIGINT NOT NULL REFERENCES z_parent (id),
                        note VARCHAR(100) NOT NULL)""");
        }
    }

    private static void fill(JdbcDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO z_parent VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, 1);
            insert.setShort(2, (short) -7);
            insert.setInt(3, Integer.MIN_VALUE);
            insert.setBoolean(4, true);
            insert.setDouble(5, 0.1 + 0.2);
            insert.setBigDecimal(6, new java.math.BigDecimal("-12345.670"));
            insert.setString(7, "Ängelholm ☃ \u0000 nollbyte");
            insert.setString(8, "abcd");
            insert.setString(9, LONG_TEXT);
            insert.setObject(10, LocalDate.of(2026, 2, 28));
            insert.setObject(11, LocalTime.of(23, 59, 58, 123_000_000));
            insert.setObject(12, LocalDateTime.of(2026, 3, 29, 2, 30));
            insert.setObject(13, OffsetDateTime.of(2026, 11, 24, 13, 5, 7, 999_999_000, ZoneOffset.ofHours(2)));
            insert.setBytes(14, new byte[] {0, -1, 10, 13, 127});
            insert.setBytes(15, new byte[300_000]);
            insert.execute();
            insert.setLong(1, 2);
            insert.setShort(2, Short.MAX_VALUE);
            insert.setInt(3, 0);
            insert.setBoolean(4, false);
            insert.setDouble(5, Double.NaN);
            insert.setNull(6, java.sql.Types.NUMERIC);
            insert.setString(7, "");
            insert.setString(8, "ab  ");
            insert.setString(9, "");
            for (int i = 10; i <= 15; i++) {
                insert.setNull(i, java.sql.Types.NULL);
            }
            insert.execute();
            insert.setLong(1, 42);
            insert.setNull(2, java.sql.Types.SMALLINT);
            insert.setNull(3, java.sql.Types.INTEGER);
            insert.setDouble(5, Double.NEGATIVE_INFINITY);
            insert.execute();
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO a_child (parent_id, note) VALUES (42, 'a'), (1, 'b')");
            }
        }
    }

    /** Every row, in primary-key order, as the driver's own objects (arrays compared element by element). */
    private static List<List<Object>> rows(JdbcDataSource dataSource, String table) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
            int width = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    Object value = rs.getObject(i);
                    if (value instanceof java.sql.Clob clob) {
                        value = clob.getSubString(1, (int) clob.length());
                    } else if (value instanceof java.sql.Blob blob) {
                        value = Arrays.toString(blob.getBytes(1, (int) blob.length()));
                    } else if (value instanceof byte[] bytes) {
                        value = Arrays.toString(bytes);
                    }
                    row.add(value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void assertSameRows(JdbcDataSource source, JdbcDataSource target, String table)
            throws SQLException {
        List<List<Object>> expected = rows(source, table);
        List<List<Object>> actual = rows(target, table);
        assertThat(actual).hasSameSizeAs(expected);
        for (int r = 0; r < expected.size(); r++) {
            for (int c = 0; c < expected.get(r).size(); c++) {
                Object want = expected.get(r).get(c);
                Object got = actual.get(r).get(c);
                String shown = String.valueOf(want);
                assertThat(got).as("%s row %d column %d (%s)", table, r + 1, c + 1,
                        shown.length() > 60 ? shown.substring(0, 60) : shown).isEqualTo(want);
            }
        }
    }

    private static long newIdentity(JdbcDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO z_parent (flag, label, fixed, body) VALUES (TRUE, 'ny', 'abcd', 'x')",
                    Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String firstLine(Path file) throws Exception {
        try (var reader = TableDump.newReader(file)) {
            return reader.readLine();
        }
    }
}
