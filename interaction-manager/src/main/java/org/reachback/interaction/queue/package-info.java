/**
 * Queues (one per skill): their configuration, business hours with closures and special hours, the
 * brands they serve ({@code Brands}), the traffic a contact-centre platform reports for them, and
 * the queue status read model ({@code queue_status_view}) with its estimated wait, served over REST
 * and as Micrometer gauges; and {@code QueuesChanged}, which every feature raises when something
 * changes who can serve which queue.
 */
package org.reachback.interaction.queue;
