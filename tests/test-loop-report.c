/* test-loop-report.c: closing the loop as a list, and as the CSV and
 * Markdown files sent out from it
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-project.h"
#include "ch-test-helpers.h"
#include "ch-transfer.h"
#include "ch-workshop-report.h"

typedef struct
{
  char          *dir;
  char          *path;
  ChProject     *project;

  ChParticipant *mei;      /* a name with a comma and quotes, an organisation */
  ChParticipant *jordan;
  ChParticipant *sam;      /* contributed nothing decided */
  ChCluster     *payments;
  ChIdea        *invoice;  /* accepted, by Mei and Jordan; Jordan was told */
  ChIdea        *wallet;   /* parked, by Mei, a title with a comma, quote, line break */
  ChIdea        *urgent;   /* done, by Jordan, a title Markdown would format */
  ChIdea        *fresh;    /* new, by Sam: nothing to tell */
  ChIdea        *secret;   /* accepted, by Sam, in an anonymous session */
} Fixture;

static ChParticipant *
add_participant (Fixture    *f,
                 const char *name,
                 const char *organisation)
{
  g_autoptr(GError) error = NULL;
  ChParticipant *participant = ch_project_add_participant (f->project, name, &error);

  g_assert_no_error (error);
  if (organisation != NULL)
    {
      ch_project_update (f->project, CH_ENTITY (participant), &error,
                         "organisation", organisation, NULL);
      g_assert_no_error (error);
    }

  return participant;
}

/* An idea with @status, contributed by the participants after @cluster,
 * each with the day they were told or NULL (pairs, NULL-terminated). */
static ChIdea *
add_idea (Fixture      *f,
          const char   *title,
          ChIdeaStatus  status,
          ChCluster    *cluster,
          ...)
{
  g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);
  g_autoptr(GError) error = NULL;
  ChParticipant *participant;
  ChIdea *idea;
  va_list args;

  va_start (args, cluster);
  while ((participant = va_arg (args, ChParticipant *)) != NULL)
    {
      const char *informed = va_arg (args, const char *);

      g_ptr_array_add (contributors,
                       ch_contributor_new (ch_entity_get_id (CH_ENTITY (participant)), informed));
    }
  va_end (args);

  idea = ch_project_add_idea (f->project, title, &error);
  g_assert_no_error (error);
  ch_project_update (f->project, CH_ENTITY (idea), &error,
                     "status", status,
                     "cluster-id", cluster ? ch_entity_get_id (CH_ENTITY (cluster)) : NULL,
                     "contributors", contributors,
                     NULL);
  g_assert_no_error (error);

  return idea;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChSession *session;

  f->dir = ch_test_dir_new ();
  f->path = g_build_filename (f->dir, "loop.charrette", NULL);
  f->project = ch_project_create (f->path, "Checkout *redesign*", &error);
  g_assert_no_error (error);

  f->mei = add_participant (f, "Tanaka, Mei \"MT\"", "Tanaka Design Studio");
  f->jordan = add_participant (f, "Jordan P.", NULL);
  f->sam = add_participant (f, "Sam Okafor", NULL);
  f->payments = ch_project_add_cluster (f->project, "Payments", &error);
  g_assert_no_error (error);

  /* In the board's order: Unsorted after the cluster. */
  f->urgent = add_idea (f, "*urgent* fix", CH_IDEA_STATUS_DONE, NULL,
                        f->jordan, NULL, NULL);
  f->invoice = add_idea (f, "Pay by invoice", CH_IDEA_STATUS_ACCEPTED, f->payments,
                         f->mei, NULL, f->jordan, "2026-05-01", NULL);
  f->wallet = add_idea (f, "Wallet, \"tap\" and\ngo", CH_IDEA_STATUS_PARKED, f->payments,
                        f->mei, NULL, NULL);
  f->fresh = add_idea (f, "Not decided", CH_IDEA_STATUS_SHORTLISTED, f->payments,
                       f->sam, NULL, NULL);

  session = ch_project_add_session (f->project, "Anonymous round", "2026-05-01", &error);
  g_assert_no_error (error);
  ch_project_update (f->project, CH_ENTITY (session), &error, "anonymous", TRUE, NULL);
  g_assert_no_error (error);
  f->secret = add_idea (f, "Said in confidence", CH_IDEA_STATUS_ACCEPTED, NULL, NULL);
  /* The project names no one for an idea of an anonymous session. */
  {
    g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);

    g_ptr_array_add (contributors, ch_contributor_new (ch_entity_get_id (CH_ENTITY (f->sam)), NULL));
    ch_project_update (f->project, CH_ENTITY (f->secret), &error,
                       "session-id", ch_entity_get_id (CH_ENTITY (session)),
                       "contributors", contributors,
                       NULL);
    g_assert_no_error (error);
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ch_project_close (f->project);
  g_clear_object (&f->project);
  g_clear_pointer (&f->path, g_free);
  ch_test_dir_free (g_steal_pointer (&f->dir));
}

static char *
write_to_string (Fixture  *f,
                 gboolean  markdown,
                 gboolean  with_informed)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (markdown)
    ok = ch_workshop_write_loop_markdown (stream, f->project, NULL, with_informed, NULL, &error);
  else
    ok = ch_workshop_write_loop_csv (stream, f->project, NULL, with_informed, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  g_output_stream_write_all (stream, "", 1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (stream, NULL, &error);
  g_assert_no_error (error);

  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static void
assert_entry (GPtrArray     *entries,
              guint          index,
              ChParticipant *participant,
              ChIdea        *idea,
              const char    *informed)
{
  const ChLoopEntry *entry;

  g_assert_cmpuint (index, <, entries->len);
  entry = g_ptr_array_index (entries, index);
  g_assert_true (entry->participant == participant);
  g_assert_true (entry->idea == idea);
  g_assert_cmpstr (entry->informed, ==, informed);
}

/* The list is the core's own idea of who is still to be told, in the
 * participants' order and the board's, without anonymous ideas. */
static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) pending = ch_workshop_list_loop (f->project, NULL, FALSE);
  g_autoptr(GPtrArray) all = ch_workshop_list_loop (f->project, NULL, TRUE);
  g_autoptr(GPtrArray) to_inform = ch_project_list_participants_to_inform (f->project);
  guint n = 0;

  g_assert_cmpuint (pending->len, ==, 3);
  assert_entry (pending, 0, f->mei, f->invoice, NULL);
  assert_entry (pending, 1, f->mei, f->wallet, NULL);
  assert_entry (pending, 2, f->jordan, f->urgent, NULL);

  /* The same as the core's lists. The project keeps no contributor for
   * the anonymous idea. */
  g_assert_null (ch_idea_get_contributors (f->secret));
  g_assert_cmpuint (to_inform->len, ==, 2);
  for (guint i = 0; i < to_inform->len; i++)
    {
      ChParticipant *participant = g_ptr_array_index (to_inform, i);
      g_autoptr(GPtrArray) ideas = ch_project_list_ideas_to_inform (f->project, participant);

      for (guint j = 0; j < ideas->len; j++, n++)
        assert_entry (pending, n, participant, g_ptr_array_index (ideas, j), NULL);
    }
  g_assert_cmpuint (n, ==, pending->len);

  g_assert_cmpuint (all->len, ==, 4);
  assert_entry (all, 0, f->mei, f->invoice, NULL);
  assert_entry (all, 1, f->mei, f->wallet, NULL);
  assert_entry (all, 2, f->jordan, f->invoice, "2026-05-01");
  assert_entry (all, 3, f->jordan, f->urgent, NULL);
}

/* Marking someone informed takes them off the list of those to tell,
 * and puts the day on the list with the informed; undo puts it back. */
static void
test_list_follows_marks (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) all = NULL;
  ChIdea *ideas[] = { f->invoice, f->wallet };

  ch_project_mark_informed_many (f->project, ideas, G_N_ELEMENTS (ideas), f->mei, "2026-06-02",
                                 &error);
  g_assert_no_error (error);

  pending = ch_workshop_list_loop (f->project, NULL, FALSE);
  g_assert_cmpuint (pending->len, ==, 1);
  assert_entry (pending, 0, f->jordan, f->urgent, NULL);

  all = ch_workshop_list_loop (f->project, NULL, TRUE);
  g_assert_cmpuint (all->len, ==, 4);
  assert_entry (all, 0, f->mei, f->invoice, "2026-06-02");
  assert_entry (all, 1, f->mei, f->wallet, "2026-06-02");

  /* An idea no longer decided has nothing to tell. */
  ch_project_update (f->project, CH_ENTITY (f->urgent), &error,
                     "status", CH_IDEA_STATUS_SHORTLISTED, NULL);
  g_assert_no_error (error);
  g_clear_pointer (&pending, g_ptr_array_unref);
  pending = ch_workshop_list_loop (f->project, NULL, FALSE);
  g_assert_cmpuint (pending->len, ==, 0);

  ch_project_undo (f->project, &error);
  g_assert_no_error (error);
  ch_project_undo (f->project, &error);
  g_assert_no_error (error);
  g_clear_pointer (&pending, g_ptr_array_unref);
  pending = ch_workshop_list_loop (f->project, NULL, FALSE);
  g_assert_cmpuint (pending->len, ==, 3);
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pending = write_to_string (f, FALSE, FALSE);
  g_autofree char *all = write_to_string (f, FALSE, TRUE);

  g_assert_cmpstr (pending, ==,
                   "participant,organisation,idea,status,cluster,informed\r\n"
                   "\"Tanaka, Mei \"\"MT\"\"\",Tanaka Design Studio,Pay by invoice,accepted,"
                   "Payments,\r\n"
                   "\"Tanaka, Mei \"\"MT\"\"\",Tanaka Design Studio,"
                   "\"Wallet, \"\"tap\"\" and\ngo\",parked,Payments,\r\n"
                   "Jordan P.,,*urgent* fix,done,,\r\n");

  g_assert_cmpstr (all, ==,
                   "participant,organisation,idea,status,cluster,informed\r\n"
                   "\"Tanaka, Mei \"\"MT\"\"\",Tanaka Design Studio,Pay by invoice,accepted,"
                   "Payments,\r\n"
                   "\"Tanaka, Mei \"\"MT\"\"\",Tanaka Design Studio,"
                   "\"Wallet, \"\"tap\"\" and\ngo\",parked,Payments,\r\n"
                   "Jordan P.,,Pay by invoice,accepted,Payments,2026-05-01\r\n"
                   "Jordan P.,,*urgent* fix,done,,\r\n");

  /* No one named for the anonymous idea, nor for one not decided. */
  g_assert_null (strstr (all, "Sam"));
  g_assert_null (strstr (all, "confidence"));
  g_assert_null (strstr (all, "Not decided"));
}

static void
test_markdown (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pending = write_to_string (f, TRUE, FALSE);
  g_autofree char *all = write_to_string (f, TRUE, TRUE);
  g_autofree char *told = NULL;

  g_assert_cmpstr (pending, ==,
                   "# Closing the Loop: Checkout \\*redesign\\*\n"
                   "\n"
                   "The contributors not yet told what became of their ideas.\n"
                   "\n"
                   "## Tanaka, Mei \"MT\" (Tanaka Design Studio)\n"
                   "\n"
                   "- **Pay by invoice** · Accepted · not yet informed\n"
                   "- **Wallet, \"tap\" and\ngo** · Parked · not yet informed\n"
                   "\n"
                   "## Jordan P.\n"
                   "\n"
                   "- **\\*urgent\\* fix** · Done · not yet informed\n");

  g_assert_nonnull (strstr (all, "## Jordan P.\n\n"
                                 "- **Pay by invoice** · Accepted · informed 2026-05-01\n"
                                 "- **\\*urgent\\* fix** · Done · not yet informed\n"));
  g_assert_null (strstr (all, "Sam"));

  /* Everyone told: the list says so. */
  ch_project_mark_informed_many (f->project, (ChIdea *[]) { f->invoice, f->wallet, f->urgent },
                                 3, NULL, "2026-06-02", &error);
  g_assert_no_error (error);
  told = write_to_string (f, TRUE, FALSE);
  g_assert_cmpstr (told, ==,
                   "# Closing the Loop: Checkout \\*redesign\\*\n"
                   "\n"
                   "Everyone has been told what became of their ideas.\n");
}

/* The workshop's own Markdown report says who was informed, and when. */
static void
test_workshop_report (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report_path = g_build_filename (f->dir, "report.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (report_path);
  g_autoptr(ChTransfer) transfer = ch_transfer_new (f->project, file, CH_TRANSFER_EXPORT_MARKDOWN);
  g_autofree char *report = NULL;

  ch_transfer_run (transfer, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (report_path, &report, NULL, &error);
  g_assert_no_error (error);

  g_assert_nonnull (strstr (report, "Contributors: Tanaka, Mei \"MT\" (not yet informed), "
                                    "Jordan P. (informed 2026-05-01)\n"));
}

/* The list of one session: its decided ideas only, in the files too,
 * the Markdown saying which session. */
static void
test_session (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *csv = NULL;
  ChSession *morning = ch_project_add_session (f->project, "Morning *talks*", "2026-05-02",
                                               &error);
  const char *id = ch_entity_get_id (CH_ENTITY (morning));

  g_assert_no_error (error);
  ch_project_update (f->project, CH_ENTITY (f->wallet), &error, "session-id", id, NULL);
  g_assert_no_error (error);

  pending = ch_workshop_list_loop (f->project, id, FALSE);
  g_assert_cmpuint (pending->len, ==, 1);
  assert_entry (pending, 0, f->mei, f->wallet, NULL);

  g_assert_true (ch_workshop_write_loop_markdown (stream, f->project, id, FALSE, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  g_assert_no_error (error);
  markdown = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                        g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
  g_assert_cmpstr (markdown, ==,
                   "# Closing the Loop: Checkout \\*redesign\\*\n"
                   "\n"
                   "Ideas of the session “Morning \\*talks\\*”.\n"
                   "\n"
                   "The contributors not yet told what became of their ideas.\n"
                   "\n"
                   "## Tanaka, Mei \"MT\" (Tanaka Design Studio)\n"
                   "\n"
                   "- **Wallet, \"tap\" and\ngo** · Parked · not yet informed\n");

  g_clear_object (&stream);
  stream = g_memory_output_stream_new_resizable ();
  g_assert_true (ch_workshop_write_loop_csv (stream, f->project, id, TRUE, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  g_assert_no_error (error);
  csv = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
  g_assert_cmpstr (csv, ==,
                   "participant,organisation,idea,status,cluster,informed\r\n"
                   "\"Tanaka, Mei \"\"MT\"\"\",Tanaka Design Studio,"
                   "\"Wallet, \"\"tap\"\" and\ngo\",parked,Payments,\r\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ch/loop-report/list", Fixture, NULL,
              fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/ch/loop-report/list-follows-marks", Fixture, NULL,
              fixture_set_up, test_list_follows_marks, fixture_tear_down);
  g_test_add ("/ch/loop-report/csv", Fixture, NULL,
              fixture_set_up, test_csv, fixture_tear_down);
  g_test_add ("/ch/loop-report/markdown", Fixture, NULL,
              fixture_set_up, test_markdown, fixture_tear_down);
  g_test_add ("/ch/loop-report/session", Fixture, NULL,
              fixture_set_up, test_session, fixture_tear_down);
  g_test_add ("/ch/loop-report/workshop-report", Fixture, NULL,
              fixture_set_up, test_workshop_report, fixture_tear_down);

  return g_test_run ();
}
