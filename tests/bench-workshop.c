/* bench-workshop.c: a generated workshop file of 100 000 ideas (about
 * 70 MB: descriptions of some 40 words, tags, votes, contributors):
 * import into a new project, export, the peak resident memory of each,
 * and as the floor on the same file, `xmllint --stream --noout`.
 *
 * Targets (issue 3): import ≤ 4× the floor with ≤ 64 MB more peak memory
 * than importing a tiny file; export ≤ 2× the floor.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ch-project.h"
#include "ch-test-helpers.h"
#include "ch-transfer.h"

#define N_IDEAS 100000

static const char *words[] = {
  "card", "wallet", "delivery", "invoice", "address", "basket", "refund", "coupon",
  "mobile", "guest", "account", "support", "slot", "total", "receipt", "button",
  "parent", "office", "order", "payment", "screen", "form", "step", "price",
};

static void
id_for (char   *buffer,
        guint   kind,
        guint   n)
{
  g_snprintf (buffer, 37, "%08x-0000-4000-8000-%012x", kind, n);
}

static void
generate (const char *path,
          guint       n_ideas)
{
  FILE *file = fopen (path, "w");
  char id[37], ref[37], ref2[37];

  g_assert_nonnull (file);
  fprintf (file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<workshop xmlns=\"urn:charrette:workshop:1\" version=\"1\" "
                 "id=\"00000000-0000-4000-8000-000000000001\" created=\"2026-11-22T09:00:00Z\" "
                 "modified=\"2026-11-22T17:40:00Z\">\n"
                 "  <title>Generated workshop</title>\n  <sessions>\n");
  for (guint i = 0; i < 5; i++)
    {
      id_for (id, 1, i);
      fprintf (file, "    <session id=\"%s\" date=\"2026-11-2%u\" modified=\"2026-11-22T10:00:00Z\">\n"
                     "      <title>Session %u</title>\n    </session>\n", id, i, i);
    }
  fprintf (file, "  </sessions>\n  <personas>\n");
  for (guint i = 0; i < 10; i++)
    {
      id_for (id, 2, i);
      fprintf (file, "    <persona id=\"%s\" kind=\"external\" modified=\"2026-11-22T10:00:00Z\">\n"
                     "      <name>Persona %u</name>\n    </persona>\n", id, i);
    }
  fprintf (file, "  </personas>\n  <participants>\n");
  for (guint i = 0; i < 50; i++)
    {
      id_for (id, 3, i);
      fprintf (file, "    <participant id=\"%s\" kind=\"customer\" role=\"co-creator\" "
                     "modified=\"2026-11-22T10:00:00Z\">\n"
                     "      <name>Participant %u</name>\n    </participant>\n", id, i);
    }
  fprintf (file, "  </participants>\n  <clusters>\n");
  for (guint i = 0; i < 100; i++)
    {
      id_for (id, 4, i);
      fprintf (file, "    <cluster id=\"%s\" position=\"%u\" modified=\"2026-11-22T10:00:00Z\">\n"
                     "      <name>Cluster %u</name>\n    </cluster>\n", id, i, i);
    }
  fprintf (file, "  </clusters>\n  <ideas>\n");
  for (guint i = 0; i < n_ideas; i++)
    {
      id_for (id, 5, i);
      id_for (ref, 4, i % 100);
      fprintf (file, "    <idea id=\"%s\" created=\"2026-11-22T10:00:00Z\" "
                     "modified=\"2026-11-22T11:00:00Z\" status=\"new\" cluster=\"%s\"", id, ref);
      id_for (ref, 1, i % 5);
      fprintf (file, " session=\"%s\" impact=\"%u\" effort=\"%u\" position=\"%u\">\n",
               ref, 1 + i % 5, 1 + (i / 5) % 5, i / 100);
      fprintf (file, "      <title>Idea %u: %s %s</title>\n      <description>", i,
               words[i % 24], words[(i / 24) % 24]);
      for (guint w = 0; w < 40; w++)
        fprintf (file, "%s%s", w ? " " : "", words[(i * 7 + w * 13) % 24]);
      fprintf (file, ".</description>\n      <tag>%s</tag>\n      <tag>%s</tag>\n",
               words[i % 24], words[(i + 5) % 24]);
      id_for (ref, 2, i % 10);
      fprintf (file, "      <for persona=\"%s\"/>\n", ref);
      id_for (ref, 3, i % 50);
      fprintf (file, "      <contributor participant=\"%s\"/>\n", ref);
      id_for (ref2, 3, (i + 1) % 50);
      fprintf (file, "      <vote participant=\"%s\" dots=\"2\"/>\n"
                     "      <vote participant=\"%s\" dots=\"1\"/>\n    </idea>\n", ref, ref2);
    }
  fprintf (file, "  </ideas>\n</workshop>\n");
  fclose (file);
}

typedef enum { IMPORT, EXPORT, XMLLINT } Operation;

#define N_RUNS 3

/* Runs one operation in a fresh child process; returns its wall time
 * and its peak resident memory in MB. */
static void
measure (Operation   operation,
         const char *workshop,
         const char *project,
         const char *output,
         double     *seconds,
         double     *work_seconds,
         double     *peak_mb)
{
  struct rusage usage;
  gint64 start;
  int status;
  int fds[2];
  pid_t pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  fflush (stdout);
  start = g_get_monotonic_time ();
  pid = fork ();

  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ChProject) p = NULL;
      g_autoptr(ChTransfer) t = NULL;
      g_autoptr(GFile) file = NULL;

      switch (operation)
        {
        case XMLLINT:
          execlp ("xmllint", "xmllint", "--stream", "--noout", workshop, NULL);
          _exit (127);

        case IMPORT:
          file = g_file_new_for_path (workshop);
          t = ch_transfer_new_for_new_project (project, file);
          break;

        case EXPORT:
          file = g_file_new_for_path (output);
          p = ch_project_open (project, &error);
          t = ch_transfer_new (p, file, CH_TRANSFER_EXPORT_XML);
          break;

        default:
          g_assert_not_reached ();
        }

      {
        gint64 run_start = g_get_monotonic_time ();
        double work;

        if (!ch_transfer_run (t, NULL, &error))
          {
            g_printerr ("%s\n", error->message);
            _exit (1);
          }

        /* The transfer alone: an export in the window starts from the
         * project that is open already. */
        work = (g_get_monotonic_time () - run_start) / (double)G_USEC_PER_SEC;

        if (write (fds[1], &work, sizeof work) != sizeof work)
          _exit (1);
      }
      _exit (0);
    }

  close (fds[1]);
  if (operation == XMLLINT || read (fds[0], work_seconds, sizeof *work_seconds) != sizeof *work_seconds)
    *work_seconds = 0;
  close (fds[0]);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  *seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
  *peak_mb = usage.ru_maxrss / 1024.0;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("the benchmark step %d failed", operation);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *big = g_build_filename (dir, "big.charrette.xml", NULL);
  g_autofree char *tiny = g_build_filename (dir, "tiny.charrette.xml", NULL);
  g_autofree char *big_project = g_build_filename (dir, "big.charrette", NULL);
  g_autofree char *tiny_project = g_build_filename (dir, "tiny.charrette", NULL);
  g_autofree char *out = g_build_filename (dir, "out.charrette.xml", NULL);
  double floor_s, floor_mb, import_s, import_mb, tiny_s, tiny_mb, export_s, export_mb;
  double writing_s;
  g_autoptr(GBytes) contents = NULL;

  /* bench-workshop --generate FILE: only write the workshop file. */
  if (argc == 3 && g_str_equal (argv[1], "--generate"))
    {
      generate (argv[2], N_IDEAS);
      ch_test_dir_free (g_steal_pointer (&dir));
      return 0;
    }

  generate (big, N_IDEAS);
  generate (tiny, 1);
  contents = ch_test_read_bytes (big);
  printf ("workshop file: %d ideas, %.1f MB\n", N_IDEAS,
          g_bytes_get_size (contents) / (1024.0 * 1024.0));
  g_clear_pointer (&contents, g_bytes_unref);

  /* Each the best of N_RUNS, the figure least disturbed by whatever else
   * the machine is doing. */
  floor_s = import_s = export_s = tiny_s = writing_s = G_MAXDOUBLE;
  floor_mb = import_mb = export_mb = tiny_mb = 0;
  for (guint run = 0; run < N_RUNS; run++)
    {
      double s, work, mb;

      measure (XMLLINT, big, NULL, NULL, &s, &work, &mb);
      floor_s = MIN (floor_s, s), floor_mb = MAX (floor_mb, mb);
      g_unlink (tiny_project);
      measure (IMPORT, tiny, tiny_project, NULL, &s, &work, &mb);
      tiny_s = MIN (tiny_s, s), tiny_mb = MAX (tiny_mb, mb);
      g_unlink (big_project);
      measure (IMPORT, big, big_project, NULL, &s, &work, &mb);
      import_s = MIN (import_s, s), import_mb = MAX (import_mb, mb);
      measure (EXPORT, NULL, big_project, out, &s, &work, &mb);
      export_s = MIN (export_s, s), export_mb = MAX (export_mb, mb);
      writing_s = MIN (writing_s, work);
    }

  printf ("best of %d runs:\n", N_RUNS);
  printf ("floor, xmllint --stream --noout: %.3f s, peak %.1f MB\n", floor_s, floor_mb);
  printf ("import into a new project: %.3f s (%.2f× the floor, target ≤ 4×), "
          "peak %.1f MB (%.1f MB more than a tiny file's %.1f MB, target ≤ 64 MB)\n",
          import_s, import_s / floor_s, import_mb, import_mb - tiny_mb, tiny_mb);
  printf ("export from the open project: %.3f s (%.2f× the floor, target ≤ 2×)\n",
          writing_s, writing_s / floor_s);
  printf ("export from the command line, opening the project included: %.3f s (%.2f×), "
          "peak %.1f MB\n", export_s, export_s / floor_s, export_mb);

  ch_test_dir_free (g_steal_pointer (&dir));

  return 0;
}
