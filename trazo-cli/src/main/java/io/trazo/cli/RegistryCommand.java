package io.trazo.cli;

import picocli.CommandLine.Command;

/**
 * {@code trazo registry}: the governance key holder's commands. Each builds one registry record
 * (docs/protocol.md §8.2–§8.4), signs it with the governance key and writes it; it reaches the ledger
 * like any record, with {@code trazo publish}.
 */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Governance only: build and sign registry records (register an actor, add a key, revoke a key); publish them with 'publish'.",
        subcommands = {RegisterActorCommand.class, AddKeyCommand.class, RevokeKeyCommand.class})
final class RegistryCommand {
}
