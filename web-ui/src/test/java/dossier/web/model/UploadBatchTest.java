package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadBatchTest {

    @Test
    void eachFileKeepsItsOwnStateAndTheSummaryCountsThem() {
        UploadBatch b = new UploadBatch();
        int a = b.add("a.txt");
        int c = b.add("blank.txt");
        int d = b.add("again.md");
        assertThat(b.finished()).isFalse();
        assertThat(b.summary()).isEqualTo("0 of 3 files added, 3 under way");
        b.update(a, UploadBatch.State.INGESTING, null);
        assertThat(b.entries().get(a).status()).isEqualTo("reading and extracting claims…");
        b.update(a, UploadBatch.State.ADDED, "7 claims");
        b.update(c, UploadBatch.State.FAILED, "The source has no text");
        assertThat(b.finished()).isFalse();
        b.update(d, UploadBatch.State.DUPLICATE, "“Wire report”");
        assertThat(b.finished()).isTrue();
        assertThat(b.anyAdded()).isTrue();
        assertThat(b.summary()).isEqualTo("1 of 3 files added, 1 already in the case, 1 not added");
        assertThat(b.entries()).extracting(UploadBatch.Entry::status)
                .containsExactly("added, 7 claims", "not added: The source has no text", "already in the case as “Wire report”");
    }

    @Test
    void aBatchWithoutFilesIsNotFinished() {
        assertThat(new UploadBatch().finished()).isFalse();
        assertThat(new UploadBatch().anyAdded()).isFalse();
    }
}
