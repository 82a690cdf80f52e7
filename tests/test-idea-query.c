/* test-idea-query.c: which ideas a search and its filters show: each
 * filter, their combinations, words found in persona and participant
 * names, and the changes a query follows.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-idea-query.h"
#include "ch-search.h"
#include "ch-test-helpers.h"

/* A small workshop: two sessions, a cluster, two personas, two
 * participants and five ideas spread over them. */
typedef struct
{
  char          *dir;
  ChProject     *project;
  ChIdeaQuery   *query;

  ChSession     *morning;
  ChSession     *evening;
  ChCluster     *payment;
  ChPersona     *commuter;
  ChPersona     *owner;
  ChParticipant *zoe;
  ChParticipant *bjorn;

  ChIdea        *card;      /* new, morning, payment, commuter, Zoë, #wallet */
  ChIdea        *invoice;   /* accepted, morning, payment, owner, Bjørn */
  ChIdea        *delivery;  /* accepted, evening, no cluster, commuter, Zoë + Bjørn, #slot */
  ChIdea        *receipt;   /* parked, evening, no cluster, no persona, nobody */
  ChIdea        *creme;     /* done, no session, payment, owner, Zoë, #wallet #café */

  /* What ChIdeaQuery::changed said last, and how often. */
  int            change;
  guint          n_changes;
  guint          n_ideas_changed;
} Fixture;

static GPtrArray *
contributors_new (ChParticipant *first,
                  ChParticipant *second)
{
  GPtrArray *contributors = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);

  g_ptr_array_add (contributors, ch_contributor_new (ch_entity_get_id (CH_ENTITY (first)), NULL));
  if (second != NULL)
    g_ptr_array_add (contributors,
                     ch_contributor_new (ch_entity_get_id (CH_ENTITY (second)), NULL));

  return contributors;
}

static ChIdea *
add_idea (Fixture      *f,
          const char   *title,
          ChIdeaStatus  status,
          ChSession    *session,
          ChCluster    *cluster,
          ChPersona    *persona,
          GPtrArray    *contributors,
          const char   *tag,
          const char   *other_tag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) owned = contributors;
  const char *personas[] = {
    persona != NULL ? ch_entity_get_id (CH_ENTITY (persona)) : NULL, NULL
  };
  const char *tags[] = { tag, other_tag, NULL };
  ChIdea *idea = ch_project_add_idea (f->project, title, &error);

  g_assert_no_error (error);
  ch_project_update (f->project, CH_ENTITY (idea), &error,
                     "status", status,
                     "session-id", session != NULL ? ch_entity_get_id (CH_ENTITY (session)) : NULL,
                     "cluster-id", cluster != NULL ? ch_entity_get_id (CH_ENTITY (cluster)) : NULL,
                     "personas", personas,
                     "contributors", owned,
                     "tags", tags,
                     NULL);
  g_assert_no_error (error);

  return idea;
}

static void
changed_cb (ChIdeaQuery       *query,
            ChIdeaQueryChange  change,
            Fixture           *f)
{
  f->change = change;
  f->n_changes++;
}

static void
ideas_changed_cb (ChIdeaQuery *query,
                  Fixture     *f)
{
  f->n_ideas_changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = ch_test_dir_new ();
  path = g_build_filename (f->dir, "query.charrette", NULL);
  f->project = ch_project_create (path, "Checkout", &error);
  g_assert_no_error (error);

  f->morning = ch_project_add_session (f->project, "Morning", "2026-03-02", &error);
  g_assert_no_error (error);
  f->evening = ch_project_add_session (f->project, "Evening", "2026-03-02", &error);
  g_assert_no_error (error);
  f->payment = ch_project_add_cluster (f->project, "Payment", &error);
  g_assert_no_error (error);
  f->commuter = ch_project_add_persona (f->project, "Hurried Commuter", &error);
  g_assert_no_error (error);
  f->owner = ch_project_add_persona (f->project, "Shop Owner", &error);
  g_assert_no_error (error);
  f->zoe = ch_project_add_participant (f->project, "Zoë Martin", &error);
  g_assert_no_error (error);
  f->bjorn = ch_project_add_participant (f->project, "Bjørn Olsen", &error);
  g_assert_no_error (error);

  f->card = add_idea (f, "Remember the card", CH_IDEA_STATUS_NEW, f->morning, f->payment,
                      f->commuter, contributors_new (f->zoe, NULL), "wallet", NULL);
  f->invoice = add_idea (f, "Pay by invoice", CH_IDEA_STATUS_ACCEPTED, f->morning, f->payment,
                         f->owner, contributors_new (f->bjorn, NULL), NULL, NULL);
  f->delivery = add_idea (f, "Delivery slot at checkout", CH_IDEA_STATUS_ACCEPTED, f->evening,
                          NULL, f->commuter, contributors_new (f->zoe, f->bjorn), "slot", NULL);
  f->receipt = add_idea (f, "Receipt by e-mail", CH_IDEA_STATUS_PARKED, f->evening, NULL,
                         NULL, NULL, NULL, NULL);
  f->creme = add_idea (f, "Crème brûlée coupon", CH_IDEA_STATUS_DONE, NULL, f->payment,
                       f->owner, contributors_new (f->zoe, NULL), "wallet", "café");

  f->query = ch_idea_query_new ();
  ch_idea_query_set_project (f->query, f->project);
  g_signal_connect (f->query, "changed", G_CALLBACK (changed_cb), f);
  g_signal_connect (f->query, "ideas-changed", G_CALLBACK (ideas_changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->query);
  ch_project_close (f->project);
  g_clear_object (&f->project);
  ch_test_dir_free (g_steal_pointer (&f->dir));
}

/* The titles of the ideas the query matches, in project order, joined
 * by "|": what a user would see in the list. */
static char *
matches (Fixture *f)
{
  GListModel *ideas = ch_project_get_ideas (f->project);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

      if (!ch_idea_query_match (f->query, idea))
        continue;

      if (titles->len > 0)
        g_string_append_c (titles, '|');
      g_string_append (titles, ch_idea_get_title (idea));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

#define assert_matches(f, expected) \
  G_STMT_START { \
    g_autofree char *found = matches (f); \
    g_assert_cmpstr (found, ==, expected); \
  } G_STMT_END

#define ALL "Remember the card|Pay by invoice|Delivery slot at checkout|Receipt by e-mail|" \
            "Crème brûlée coupon"

static const char *
id_of (gpointer entity)
{
  return ch_entity_get_id (CH_ENTITY (entity));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_false (ch_idea_query_has_text (f->query));
  g_assert_false (ch_idea_query_has_filters (f->query));
  assert_matches (f, ALL);

  /* Spaces are no words. */
  ch_idea_query_set_text (f->query, "   ");
  g_assert_false (ch_idea_query_has_text (f->query));
  assert_matches (f, ALL);
  g_assert_cmpuint (f->n_changes, ==, 0);
}

static void
test_text (Fixture       *f,
           gconstpointer  data)
{
  /* Titles, description and tags; words in any order; case and accents
   * ignored on both sides. */
  ch_idea_query_set_text (f->query, "CARD");
  g_assert_true (ch_idea_query_has_text (f->query));
  assert_matches (f, "Remember the card");

  ch_idea_query_set_text (f->query, "creme BRULEE");
  assert_matches (f, "Crème brûlée coupon");
  ch_idea_query_set_text (f->query, "brûlée crème");
  assert_matches (f, "Crème brûlée coupon");

  ch_idea_query_set_text (f->query, "wallet");
  assert_matches (f, "Remember the card|Crème brûlée coupon");
  ch_idea_query_set_text (f->query, "CAFE");
  assert_matches (f, "Crème brûlée coupon");

  ch_project_update (f->project, CH_ENTITY (f->receipt), NULL,
                     "description", "Asked at the café counter", NULL);
  ch_idea_query_set_text (f->query, "counter");
  assert_matches (f, "Receipt by e-mail");

  /* Every word must be found, each in any of the texts. */
  ch_idea_query_set_text (f->query, "card wallet");
  assert_matches (f, "Remember the card");
  ch_idea_query_set_text (f->query, "card invoice");
  assert_matches (f, "");
}

static void
test_status (Fixture       *f,
             gconstpointer  data)
{
  ch_idea_query_set_statuses (f->query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_ACCEPTED));
  g_assert_true (ch_idea_query_has_filters (f->query));
  assert_matches (f, "Pay by invoice|Delivery slot at checkout");

  /* A set of statuses. */
  ch_idea_query_set_statuses (f->query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_NEW) |
                                        CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_DONE));
  assert_matches (f, "Remember the card|Crème brûlée coupon");

  ch_idea_query_set_statuses (f->query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_SHORTLISTED));
  assert_matches (f, "");

  /* All of them is no filter. */
  ch_idea_query_set_statuses (f->query, 0x1f);
  g_assert_cmpuint (ch_idea_query_get_statuses (f->query), ==, 0);
  g_assert_false (ch_idea_query_has_filters (f->query));
  assert_matches (f, ALL);
}

static void
test_session_and_cluster (Fixture       *f,
                          gconstpointer  data)
{
  ch_idea_query_set_session_id (f->query, id_of (f->evening));
  assert_matches (f, "Delivery slot at checkout|Receipt by e-mail");
  ch_idea_query_set_session_id (f->query, CH_IDEA_QUERY_NONE);
  assert_matches (f, "Crème brûlée coupon");
  ch_idea_query_set_session_id (f->query, NULL);
  g_assert_false (ch_idea_query_has_filters (f->query));

  ch_idea_query_set_cluster_id (f->query, id_of (f->payment));
  assert_matches (f, "Remember the card|Pay by invoice|Crème brûlée coupon");
  ch_idea_query_set_cluster_id (f->query, CH_IDEA_QUERY_NONE);
  assert_matches (f, "Delivery slot at checkout|Receipt by e-mail");
}

static void
test_persona_participant_tag (Fixture       *f,
                              gconstpointer  data)
{
  /* The ideas that serve a persona. */
  ch_idea_query_set_persona_id (f->query, id_of (f->commuter));
  assert_matches (f, "Remember the card|Delivery slot at checkout");
  ch_idea_query_set_persona_id (f->query, CH_IDEA_QUERY_NONE);
  assert_matches (f, "Receipt by e-mail");
  ch_idea_query_set_persona_id (f->query, NULL);

  /* The ideas a participant contributed, alone or with others. */
  ch_idea_query_set_participant_id (f->query, id_of (f->bjorn));
  assert_matches (f, "Pay by invoice|Delivery slot at checkout");
  ch_idea_query_set_participant_id (f->query, CH_IDEA_QUERY_NONE);
  assert_matches (f, "Receipt by e-mail");
  ch_idea_query_set_participant_id (f->query, NULL);

  /* A tag as it is written. */
  ch_idea_query_set_tag (f->query, "wallet");
  assert_matches (f, "Remember the card|Crème brûlée coupon");
  ch_idea_query_set_tag (f->query, "café");
  assert_matches (f, "Crème brûlée coupon");
  ch_idea_query_set_tag (f->query, CH_IDEA_QUERY_NONE);
  assert_matches (f, "Pay by invoice|Receipt by e-mail");
}

static void
test_combined (Fixture       *f,
               gconstpointer  data)
{
  /* Filters and words all apply. */
  ch_idea_query_set_statuses (f->query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_ACCEPTED));
  ch_idea_query_set_text (f->query, "slot");
  assert_matches (f, "Delivery slot at checkout");

  ch_idea_query_set_text (f->query, "");
  ch_idea_query_set_cluster_id (f->query, id_of (f->payment));
  assert_matches (f, "Pay by invoice");

  ch_idea_query_set_statuses (f->query, 0);
  ch_idea_query_set_persona_id (f->query, id_of (f->owner));
  ch_idea_query_set_participant_id (f->query, id_of (f->zoe));
  assert_matches (f, "Crème brûlée coupon");

  ch_idea_query_set_session_id (f->query, id_of (f->morning));
  assert_matches (f, "");

  /* Clearing the filters keeps the words. */
  ch_idea_query_set_text (f->query, "pay");
  ch_idea_query_clear_filters (f->query);
  g_assert_false (ch_idea_query_has_filters (f->query));
  g_assert_null (ch_idea_query_get_session_id (f->query));
  g_assert_null (ch_idea_query_get_persona_id (f->query));
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_LESS_STRICT);
  g_assert_cmpstr (ch_idea_query_get_text (f->query), ==, "pay");
  assert_matches (f, "Pay by invoice");
}

static void
test_names (Fixture       *f,
            gconstpointer  data)
{
  /* A contributor's name, whatever the case and the accents. */
  ch_idea_query_set_text (f->query, "zoe");
  assert_matches (f, "Remember the card|Delivery slot at checkout|Crème brûlée coupon");
  ch_idea_query_set_text (f->query, "BJØRN");
  assert_matches (f, "Pay by invoice|Delivery slot at checkout");

  /* A persona's name. */
  ch_idea_query_set_text (f->query, "commuter");
  assert_matches (f, "Remember the card|Delivery slot at checkout");

  /* Each word in a name or in the idea's texts. */
  ch_idea_query_set_text (f->query, "commuter zoë");
  assert_matches (f, "Remember the card|Delivery slot at checkout");
  ch_idea_query_set_text (f->query, "owner coupon");
  assert_matches (f, "Crème brûlée coupon");
  ch_idea_query_set_text (f->query, "bjørn card");
  assert_matches (f, "");

  /* Names are searched with filters too. */
  ch_idea_query_set_text (f->query, "zoe");
  ch_idea_query_set_statuses (f->query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_ACCEPTED));
  assert_matches (f, "Delivery slot at checkout");

  /* Without a project, only the ideas' own texts. */
  ch_idea_query_set_statuses (f->query, 0);
  ch_idea_query_set_project (f->query, NULL);
  assert_matches (f, "");
}

static void
test_rename (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contributors = NULL;
  ChParticipant *ana;

  ch_idea_query_set_text (f->query, "zoe");
  assert_matches (f, "Remember the card|Delivery slot at checkout|Crème brûlée coupon");
  g_assert_true (ch_idea_has_search_key (f->card));

  /* Renamed, the participant's ideas follow the new name at once, and
   * no idea's key is made again. */
  ch_project_update (f->project, CH_ENTITY (f->zoe), &error, "name", "Chloé Martin", NULL);
  g_assert_no_error (error);
  assert_matches (f, "");
  g_assert_true (ch_idea_has_search_key (f->card));
  ch_idea_query_set_text (f->query, "chloe");
  assert_matches (f, "Remember the card|Delivery slot at checkout|Crème brûlée coupon");

  /* Filters that show the ideas are told from the main loop, once. */
  f->n_ideas_changed = 0;
  ch_project_update (f->project, CH_ENTITY (f->zoe), &error, "name", "Zoé", NULL);
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (f->n_ideas_changed, ==, 1);

  /* A renamed persona, an added participant. */
  ch_idea_query_set_text (f->query, "traveller");
  assert_matches (f, "");
  ch_project_update (f->project, CH_ENTITY (f->commuter), &error, "name", "Traveller", NULL);
  g_assert_no_error (error);
  assert_matches (f, "Remember the card|Delivery slot at checkout");

  ch_idea_query_set_text (f->query, "ana");
  assert_matches (f, "");
  ana = ch_project_add_participant (f->project, "Ana", &error);
  g_assert_no_error (error);
  contributors = contributors_new (ana, NULL);
  ch_project_update (f->project, CH_ENTITY (f->receipt), &error,
                     "contributors", contributors, NULL);
  g_assert_no_error (error);
  assert_matches (f, "Receipt by e-mail");

  /* A name that changes but matches the same: nothing to filter again. */
  while (g_main_context_iteration (NULL, FALSE));
  f->n_ideas_changed = 0;
  ch_project_update (f->project, CH_ENTITY (f->bjorn), &error, "name", "Bjørn O.", NULL);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (f->n_ideas_changed, ==, 0);
}

static void
test_idea_changes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *key;

  ch_idea_query_set_text (f->query, "parcel");
  assert_matches (f, "");
  key = ch_idea_get_search_key (f->delivery);
  g_assert_cmpstr (key, ==, "delivery slot at checkout slot");

  /* An edit drops the idea's key, and the query says so once. */
  f->n_ideas_changed = 0;
  ch_project_update (f->project, CH_ENTITY (f->delivery), &error,
                     "title", "Parcel locker", "description", "Near the STATION", NULL);
  g_assert_no_error (error);
  g_assert_false (ch_idea_has_search_key (f->delivery));
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (f->n_ideas_changed, ==, 1);
  assert_matches (f, "Parcel locker");
  g_assert_cmpstr (ch_idea_get_search_key (f->delivery), ==, "parcel locker near the station slot");

  /* Undone, the old title is found again. */
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_no_error (error);
  assert_matches (f, "");

  /* A change that does not matter to the query is not said. */
  while (g_main_context_iteration (NULL, FALSE));
  f->n_ideas_changed = 0;
  ch_project_update (f->project, CH_ENTITY (f->card), &error, "impact", 4, "status",
                     CH_IDEA_STATUS_DONE, NULL);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (f->n_ideas_changed, ==, 0);

  /* With a status filter, a status change is. */
  ch_idea_query_set_statuses (f->query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_DONE));
  ch_project_update (f->project, CH_ENTITY (f->card), &error, "status", CH_IDEA_STATUS_NEW, NULL);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (f->n_ideas_changed, ==, 1);
}

/* The query learns of the ideas' changes from the project's steps, done,
 * undone or redone, whether it matched the ideas before or not; and
 * says only those that may change what it matches. */
static void
test_steps (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *wallet[] = { "wallet", NULL };
  ChIdea *tip;

#define FLUSH() while (g_main_context_iteration (NULL, FALSE))

  /* Nothing looked for: no change matters. */
  ch_project_update (f->project, CH_ENTITY (f->receipt), &error,
                     "status", CH_IDEA_STATUS_ACCEPTED, NULL);
  g_assert_no_error (error);
  g_assert_true (ch_project_undo (f->project, &error));
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 0);

  /* A status filter, and an idea no search saw yet. */
  ch_idea_query_set_statuses (f->query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_ACCEPTED));
  g_assert_false (ch_idea_has_search_key (f->receipt));
  ch_project_update (f->project, CH_ENTITY (f->receipt), &error, "impact", 3, NULL);
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 0);

  ch_project_update (f->project, CH_ENTITY (f->receipt), &error,
                     "status", CH_IDEA_STATUS_ACCEPTED, NULL);
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 1);
  assert_matches (f, "Pay by invoice|Delivery slot at checkout|Receipt by e-mail");

  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 2);
  assert_matches (f, "Pay by invoice|Delivery slot at checkout");

  g_assert_true (ch_project_redo (f->project, &error));
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 3);
  assert_matches (f, "Pay by invoice|Delivery slot at checkout|Receipt by e-mail");

  /* Ideas added are followed too; adding or removing is not said (a
   * filter sees the list change). */
  tip = ch_project_add_idea (f->project, "Tip jar", &error);
  g_assert_no_error (error);
  g_assert_true (ch_project_remove (f->project, CH_ENTITY (f->invoice), &error));
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 3);
  ch_project_update (f->project, CH_ENTITY (tip), &error, "effort", 2, NULL);
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 3);
  ch_project_update (f->project, CH_ENTITY (tip), &error,
                     "status", CH_IDEA_STATUS_ACCEPTED, NULL);
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 4);
  assert_matches (f, "Delivery slot at checkout|Receipt by e-mail|Tip jar");

  /* A cluster filter: a move is said, a new title is not. */
  ch_idea_query_set_statuses (f->query, 0);
  ch_idea_query_set_cluster_id (f->query, id_of (f->payment));
  ch_project_update (f->project, CH_ENTITY (f->receipt), &error,
                     "cluster-id", id_of (f->payment), NULL);
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 5);
  ch_project_update (f->project, CH_ENTITY (f->receipt), &error, "title", "E-receipt", NULL);
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 5);
  assert_matches (f, "Remember the card|E-receipt|Crème brûlée coupon");

  /* A tag filter: a tag given, then undone, is said each time. */
  ch_idea_query_set_cluster_id (f->query, NULL);
  ch_idea_query_set_tag (f->query, "wallet");
  assert_matches (f, "Remember the card|Crème brûlée coupon");
  ch_project_update (f->project, CH_ENTITY (tip), &error, "tags", wallet, NULL);
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 6);
  assert_matches (f, "Remember the card|Crème brûlée coupon|Tip jar");
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 7);
  assert_matches (f, "Remember the card|Crème brûlée coupon");

  /* Without a project, the query follows nothing. */
  ch_idea_query_set_project (f->query, NULL);
  ch_project_update (f->project, CH_ENTITY (tip), &error, "tags", wallet, NULL);
  g_assert_no_error (error);
  FLUSH ();
  g_assert_cmpuint (f->n_ideas_changed, ==, 7);

#undef FLUSH
}

static void
test_strictness (Fixture       *f,
                 gconstpointer  data)
{
  /* Typing on narrows. */
  ch_idea_query_set_text (f->query, "ca");
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_MORE_STRICT);
  ch_idea_query_set_text (f->query, "car");
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_MORE_STRICT);
  ch_idea_query_set_text (f->query, "car wal");
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_MORE_STRICT);

  /* Deleting, even a word at the start, widens. */
  ch_idea_query_set_text (f->query, "wal");
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_LESS_STRICT);

  /* Another word is neither. */
  ch_idea_query_set_text (f->query, "slot");
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_DIFFERENT);

  /* The same words: nothing to say. */
  f->n_changes = 0;
  ch_idea_query_set_text (f->query, "SLOT ");
  ch_idea_query_set_text (f->query, "slöt");
  g_assert_cmpuint (f->n_changes, ==, 0);

  /* Filters: set, changed, unset. */
  ch_idea_query_set_cluster_id (f->query, id_of (f->payment));
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_MORE_STRICT);
  ch_idea_query_set_cluster_id (f->query, CH_IDEA_QUERY_NONE);
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_DIFFERENT);
  ch_idea_query_set_cluster_id (f->query, NULL);
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_LESS_STRICT);

  ch_idea_query_set_statuses (f->query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_NEW) |
                                        CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_DONE));
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_MORE_STRICT);
  ch_idea_query_set_statuses (f->query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_NEW));
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_MORE_STRICT);
  ch_idea_query_set_statuses (f->query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_DONE));
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_DIFFERENT);
  ch_idea_query_set_statuses (f->query, 0);
  g_assert_cmpint (f->change, ==, CH_IDEA_QUERY_CHANGE_LESS_STRICT);
}

static void
test_list_tags (Fixture       *f,
                gconstpointer  data)
{
  g_auto(GStrv) tags = ch_idea_query_list_tags (ch_project_get_ideas (f->project));

  g_assert_cmpuint (g_strv_length (tags), ==, 3);
  g_assert_cmpstr (tags[0], ==, "café");
  g_assert_cmpstr (tags[1], ==, "slot");
  g_assert_cmpstr (tags[2], ==, "wallet");
}

static void
keys_made_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (ch_idea_make_search_keys_finish (result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* Keys made ahead on the main loop, a slice at a time: each one of the
 * ideas has its key at the end, and no slice takes long. */
static void
test_keys_made_ahead (void)
{
  g_autoptr(GListStore) ideas = g_list_store_new (CH_TYPE_IDEA);
  g_autoptr(ChIdea) seventh = NULL;
  gboolean done = FALSE;
  gint64 longest = 0;

  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idée numéro %u", i);
      g_autoptr(ChIdea) idea = ch_idea_new (NULL, title);

      g_list_store_append (ideas, idea);
    }

  ch_idea_make_search_keys_async (G_LIST_MODEL (ideas), NULL, keys_made_cb, &done);
  while (!done)
    {
      gint64 start = g_get_monotonic_time ();

      g_main_context_iteration (NULL, TRUE);
      longest = MAX (longest, g_get_monotonic_time () - start);
    }

  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (G_LIST_MODEL (ideas), i);

      g_assert_true (ch_idea_has_search_key (idea));
    }
  seventh = g_list_model_get_item (G_LIST_MODEL (ideas), 7);
  g_assert_cmpstr (ch_idea_get_search_key (seventh), ==, "idee numero 7");

  /* 3 ms a slice; a loaded test machine gets some slack. */
  g_assert_cmpint (longest, <, 50 * 1000);
}

static void
test_keys_cancelled (void)
{
  g_autoptr(GListStore) ideas = g_list_store_new (CH_TYPE_IDEA);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(ChIdea) idea = ch_idea_new (NULL, "Only one");
  gboolean done = FALSE;

  g_list_store_append (ideas, idea);
  ch_idea_make_search_keys_async (G_LIST_MODEL (ideas), cancellable, NULL, NULL);
  g_cancellable_cancel (cancellable);
  ch_idea_make_search_keys_async (G_LIST_MODEL (ideas), NULL, keys_made_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ch_idea_has_search_key (idea));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ch/idea-query/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("empty", test_empty);
  ADD ("text", test_text);
  ADD ("status", test_status);
  ADD ("session-and-cluster", test_session_and_cluster);
  ADD ("persona-participant-tag", test_persona_participant_tag);
  ADD ("combined", test_combined);
  ADD ("names", test_names);
  ADD ("rename", test_rename);
  ADD ("idea-changes", test_idea_changes);
  ADD ("steps", test_steps);
  ADD ("strictness", test_strictness);
  ADD ("list-tags", test_list_tags);

#undef ADD

  g_test_add_func ("/ch/idea-query/keys-made-ahead", test_keys_made_ahead);
  g_test_add_func ("/ch/idea-query/keys-cancelled", test_keys_cancelled);

  return g_test_run ();
}
