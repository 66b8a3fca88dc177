package nl.perspectief.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class MasterKeyFileTest {

    @Test
    void generatesAKeyOf32BytesReadableByItsOwnerOnlyAndReusesIt() throws Exception {
        var file = TestDirectories.fresh("master-key").resolve("master.key");

        var first = MasterKeyFile.loadOrCreate(file);
        var second = MasterKeyFile.loadOrCreate(file);

        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(second).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void generatesADifferentKeyForEveryNewDataFolder() throws Exception {
        assertThat(MasterKeyFile.loadOrCreate(TestDirectories.fresh("master-key-a").resolve("master.key")))
                .isNotEqualTo(MasterKeyFile.loadOrCreate(TestDirectories.fresh("master-key-b").resolve("master.key")));
    }
}
