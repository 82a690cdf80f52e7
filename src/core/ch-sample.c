/* ch-sample.c: the sample workshop
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-sample"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-sample.h"

typedef struct
{
  const char *title;
  const char *description;
  int         cluster;   /* index into clusters, or -1 */
  int         persona;   /* index into personas, or -1 */
  int         contributor;
  const char *tags;      /* comma-separated */
  ChIdeaStatus status;
  int         dots;
} SampleIdea;

static const struct
{
  const char    *name;
  ChPersonaKind  kind;
  const char    *color;
  const char    *segment;
  const char    *goals;
  const char    *pains;
  const char    *quote;
} personas[] = {
  { N_("Busy parent shopper"), CH_PERSONA_KIND_EXTERNAL, "#3584e4",
    N_("Families, mobile first"),
    N_("Finish an order in under two minutes, one hand free."),
    N_("Re-entering card details; surprise delivery costs."),
    N_("I gave up at the address form.") },
  { N_("Small business buyer"), CH_PERSONA_KIND_EXTERNAL, "#33d17a",
    N_("Companies of 5 to 50 people"),
    N_("Order supplies for the team and get one clean invoice."),
    N_("No purchase order field; invoices arrive late."),
    N_("Accounting needs the PO number on every invoice.") },
  { N_("Customer support agent"), CH_PERSONA_KIND_INTERNAL, "#ff7800",
    N_("Our own support team"),
    N_("Solve a checkout problem in one call."),
    N_("Cannot see what the customer saw on screen."),
    N_("Half my calls are about failed payments.") },
};

static const struct
{
  const char        *name;
  const char        *organisation;
  ChParticipantKind  kind;
  ChParticipantRole  role;
  int                persona;
} participants[] = {
  { "Jordan P.", NULL, CH_PARTICIPANT_KIND_CUSTOMER, CH_PARTICIPANT_ROLE_CO_CREATOR, 0 },
  { "Mei Tanaka", "Tanaka Design Studio", CH_PARTICIPANT_KIND_CUSTOMER,
    CH_PARTICIPANT_ROLE_CO_CREATOR, 1 },
  { "Sam Okafor", NULL, CH_PARTICIPANT_KIND_EMPLOYEE, CH_PARTICIPANT_ROLE_CO_PRODUCER, 2 },
  { "Ana Souza", NULL, CH_PARTICIPANT_KIND_FACILITATOR, CH_PARTICIPANT_ROLE_CONNECTER, -1 },
};

static const struct
{
  const char *name;
  const char *color;
  const char *summary;
} clusters[] = {
  { N_("Payment friction"), "#f6d32d",
    N_("Paying is where most people give up; saved cards and wallets come first.") },
  { N_("Delivery surprises"), "#99c1f1", NULL },
  { N_("Business orders"), "#8ff0a4", NULL },
  { N_("Help when it goes wrong"), "#ffbe6f", NULL },
};

static const SampleIdea ideas[] = {
  { N_("Remember the card on this device"), N_("Offer to keep the card, protected by the phone's lock."),
    0, 0, 0, "payments", CH_IDEA_STATUS_SHORTLISTED, 5 },
  { N_("Pay with the phone's wallet"), NULL, 0, 0, 0, "payments,mobile", CH_IDEA_STATUS_SHORTLISTED, 4 },
  { N_("Show card errors next to the field"), N_("Not in a banner at the top of the page."),
    0, 0, 2, "payments,errors", CH_IDEA_STATUS_ACCEPTED, 3 },
  { N_("Keep the basket when a payment fails"), NULL, 0, 2, 2, "payments", CH_IDEA_STATUS_NEW, 2 },
  { N_("Split payment between two cards"), NULL, 0, 1, 1, "payments", CH_IDEA_STATUS_PARKED, 0 },
  { N_("Show delivery cost on the product page"), NULL, 1, 0, 0, "delivery,pricing", CH_IDEA_STATUS_ACCEPTED, 4 },
  { N_("Pick a delivery slot before paying"), NULL, 1, 0, 0, "delivery", CH_IDEA_STATUS_NEW, 2 },
  { N_("Free delivery threshold progress bar"), NULL, 1, 0, 0, "delivery,pricing", CH_IDEA_STATUS_NEW, 1 },
  { N_("Text me when the parcel is near"), NULL, 1, 0, 0, "delivery,mobile", CH_IDEA_STATUS_NEW, 1 },
  { N_("Deliver to my office address"), NULL, 1, 1, 1, "delivery,business", CH_IDEA_STATUS_SHORTLISTED, 2 },
  { N_("Purchase order number field"), N_("Printed on the invoice."), 2, 1, 1, "business,invoices",
    CH_IDEA_STATUS_ACCEPTED, 5 },
  { N_("Monthly invoice for all orders"), NULL, 2, 1, 1, "business,invoices", CH_IDEA_STATUS_NEW, 3 },
  { N_("Several people order on one account"), NULL, 2, 1, 1, "business,accounts", CH_IDEA_STATUS_PARKED, 1 },
  { N_("Reorder last month's supplies"), NULL, 2, 1, 1, "business", CH_IDEA_STATUS_NEW, 2 },
  { N_("Download invoices as PDF"), NULL, 2, 1, 1, "business,invoices", CH_IDEA_STATUS_DONE, 1 },
  { N_("Agents see the customer's checkout step"), NULL, 3, 2, 2, "support", CH_IDEA_STATUS_SHORTLISTED, 3 },
  { N_("A code customers can read out to support"), NULL, 3, 2, 2, "support", CH_IDEA_STATUS_NEW, 2 },
  { N_("Chat button on the payment page"), NULL, 3, 0, 0, "support,payments", CH_IDEA_STATUS_NEW, 1 },
  { N_("Explain why a card was declined"), NULL, 3, 2, 2, "support,errors", CH_IDEA_STATUS_NEW, 2 },
  { N_("Call me back instead of waiting"), NULL, 3, 0, 0, "support", CH_IDEA_STATUS_PARKED, 0 },
  { N_("Guest checkout without an account"), NULL, -1, 0, 0, "accounts", CH_IDEA_STATUS_NEW, 0 },
  { N_("Fill the address from the postcode"), NULL, -1, 0, 0, "forms", CH_IDEA_STATUS_NEW, 0 },
  { N_("Bigger buttons on phones"), NULL, -1, 0, 0, "mobile", CH_IDEA_STATUS_NEW, 0 },
  { N_("Save the basket across devices"), NULL, -1, 0, 0, "accounts,mobile", CH_IDEA_STATUS_NEW, 0 },
  { N_("One page instead of four steps"), NULL, -1, 0, 0, "forms", CH_IDEA_STATUS_NEW, 0 },
  { N_("Show the total before asking for the address"), NULL, -1, 1, 1, "pricing", CH_IDEA_STATUS_NEW, 0 },
  { N_("Gift message and hidden prices"), NULL, -1, 0, 0, NULL, CH_IDEA_STATUS_NEW, 0 },
  { N_("Discount code field that does not distract"), NULL, -1, 0, 0, "pricing", CH_IDEA_STATUS_NEW, 0 },
  { N_("Dark mode for the checkout"), NULL, -1, -1, 3, NULL, CH_IDEA_STATUS_NEW, 0 },
  { N_("Let support refund delivery costs in one click"), NULL, -1, 2, 2, "support,delivery",
    CH_IDEA_STATUS_NEW, 0 },
  { N_("Ask how we did after the order"), NULL, -1, -1, 3, NULL, CH_IDEA_STATUS_NEW, 0 },
  { N_("Keyboard-only checkout works end to end"), NULL, -1, -1, 2, "accessibility", CH_IDEA_STATUS_NEW, 0 },
};

/**
 * ch_sample_fill:
 *
 * Fills an empty project with the "Checkout redesign co-design" sample,
 * through the project's one write path; the undo history is cleared.
 */
gboolean
ch_sample_fill (ChProject  *project,
                GError    **error)
{
  g_autoptr(GPtrArray) persona_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) participant_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cluster_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
  ChSession *session;
  ChSession *afternoon;

  g_return_val_if_fail (CH_IS_PROJECT (project), FALSE);

  if (!ch_project_set_description (project,
                                   _("Why we met: people give up at checkout. "
                                     "What we wanted to learn: where, and what would help."),
                                   error))
    return FALSE;

  if (!(session = ch_project_add_session (project, _("Morning: pains in today's checkout"),
                                          date, error)) ||
      !ch_project_update (project, CH_ENTITY (session), error,
                          "facilitator", "Ana Souza",
                          "agenda", _("09:00 warm-up\n09:20 silent ideation\n10:00 affinity mapping\n"
                                      "10:40 dot voting"),
                          NULL))
    return FALSE;

  /* A second session, so that the pages' session filters show something:
   * every other idea came from it. */
  if (!(afternoon = ch_project_add_session (project, _("Afternoon: what would help"),
                                            date, error)) ||
      !ch_project_update (project, CH_ENTITY (afternoon), error,
                          "facilitator", "Ana Souza",
                          "agenda", _("13:30 recap of the morning\n13:45 ideas for the new "
                                      "checkout\n14:30 dot voting"),
                          NULL))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (personas); i++)
    {
      const char *quotes[] = { _(personas[i].quote), NULL };
      ChPersona *persona = ch_project_add_persona (project, _(personas[i].name), error);

      if (persona == NULL ||
          !ch_project_update (project, CH_ENTITY (persona), error,
                              "kind", personas[i].kind,
                              "color", personas[i].color,
                              "segment", _(personas[i].segment),
                              "goals", _(personas[i].goals),
                              "pains", _(personas[i].pains),
                              "quotes", quotes,
                              NULL))
        return FALSE;

      g_ptr_array_add (persona_ids, g_strdup (ch_entity_get_id (CH_ENTITY (persona))));
    }

  for (guint i = 0; i < G_N_ELEMENTS (participants); i++)
    {
      ChParticipant *participant = ch_project_add_participant (project, participants[i].name, error);
      const char *persona_id = participants[i].persona >= 0 ?
                               g_ptr_array_index (persona_ids, participants[i].persona) : NULL;

      if (participant == NULL ||
          !ch_project_update (project, CH_ENTITY (participant), error,
                              "organisation", participants[i].organisation,
                              "kind", participants[i].kind,
                              "role", participants[i].role,
                              "persona-id", persona_id,
                              NULL))
        return FALSE;

      g_ptr_array_add (participant_ids, g_strdup (ch_entity_get_id (CH_ENTITY (participant))));
    }

  for (guint i = 0; i < G_N_ELEMENTS (clusters); i++)
    {
      ChCluster *cluster = ch_project_add_cluster (project, _(clusters[i].name), error);

      if (cluster == NULL ||
          !ch_project_update (project, CH_ENTITY (cluster), error,
                              "color", clusters[i].color,
                              "summary", clusters[i].summary ? _(clusters[i].summary) : NULL,
                              NULL))
        return FALSE;

      g_ptr_array_add (cluster_ids, g_strdup (ch_entity_get_id (CH_ENTITY (cluster))));
    }

  for (guint i = 0; i < G_N_ELEMENTS (ideas); i++)
    {
      const SampleIdea *sample = &ideas[i];
      g_auto(GStrv) tags = sample->tags ? g_strsplit (sample->tags, ",", -1) : NULL;
      g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);
      g_autoptr(GPtrArray) votes = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_vote_free);
      const char *for_personas[] = { NULL, NULL };
      ChIdea *idea;
      int dots = sample->dots;

      if (sample->persona >= 0)
        for_personas[0] = g_ptr_array_index (persona_ids, sample->persona);

      g_ptr_array_add (contributors,
                       ch_contributor_new (g_ptr_array_index (participant_ids, sample->contributor),
                                           NULL));

      /* Spread the dots over the participants, at most three each. */
      for (guint p = 0; dots > 0 && p < participant_ids->len; p++)
        {
          int n = MIN (dots, 3);

          g_ptr_array_add (votes, ch_vote_new (g_ptr_array_index (participant_ids, p), n));
          dots -= n;
        }

      if (!(idea = ch_project_add_idea (project, _(sample->title), error)) ||
          !ch_project_update (project, CH_ENTITY (idea), error,
                              "description", sample->description ? _(sample->description) : NULL,
                              "status", sample->status,
                              "cluster-id", sample->cluster >= 0 ?
                                            g_ptr_array_index (cluster_ids, sample->cluster) : NULL,
                              "session-id",
                              ch_entity_get_id (CH_ENTITY (i % 2 == 0 ? session : afternoon)),
                              "tags", tags,
                              "personas", for_personas,
                              "contributors", contributors,
                              "votes", votes,
                              NULL))
        return FALSE;
    }

  ch_project_clear_history (project);

  return TRUE;
}
