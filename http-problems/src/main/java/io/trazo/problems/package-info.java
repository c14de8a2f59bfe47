/** Problem details (RFC 9457) for the HTTP refusals that happen outside a service's controllers; shared by ingest and query. */
package io.trazo.problems;
