package io.trazo.append.witness;

import java.io.IOException;

/** Sends one C2SP tlog-witness {@code add-checkpoint} body to one witness. */
public interface WitnessClient {

    /** The witness's answer, whatever its status. */
    record Response(int status, String contentType, String body) {}

    /** @throws IOException when the witness cannot be reached or does not answer in time (retryable) */
    Response addCheckpoint(byte[] body) throws IOException;
}
