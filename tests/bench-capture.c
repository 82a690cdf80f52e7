/* bench-capture.c: capturing ideas into a 100 000-idea project, in the window
 *
 * Runs the real window under Xvfb. Reports:
 * - memory after opening the project in the window;
 * - the time to add one idea from the capture bar (the Enter handler: parse,
 *   store, model, view selection) and until the next frame is painted;
 * - while typing (a character every 30 ms, Enter every 25): the longest
 *   keystroke handler and the longest frame (its first phase to after-paint),
 *   and the processor time the frames took: a frame much longer than its
 *   processor time waited, for the X server or for another process.
 *
 * Targets (issue 4): capture ≤ 5 ms; no frame over 16 ms while typing.
 *
 * Xvfb runs no window manager, and without one GDK 4.8 asks the X server
 * again on every frame whether one has come (gdk_x11_screen_supports_net_wm_hint()
 * does not remember that none was there): 16 more round trips in the frame
 * after Enter (26 instead of 10), 6 more in a typing frame (9 instead of 3),
 * each a wait that a loaded machine can stretch past the frame's 16 ms. A
 * desktop has a window manager, which GDK asks once; so the benchmark
 * announces one, as a window manager does, that supports none of the hints.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#include <X11/Xatom.h>
#endif

#include "ch-ideas-page.h"
#include "ch-project-view.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"

#define N_IDEAS     100000
#define N_CAPTURES  50
#define N_KEYS      400
#define KEY_EVERY_MS 30

typedef struct
{
  gint64  frame_start;
  gint64  frame_cpu_start;
  GArray *frames;        /* gint64 µs, one per painted frame */
  GArray *frames_cpu;    /* gint64 µs of this thread's processor time, likewise */
  gboolean painted;
} Frames;

static const char *words[] = {
  "card", "wallet", "delivery", "invoice", "address", "basket", "refund", "coupon",
};

/* The processor time of this thread, in µs. */
static gint64
thread_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);

  return now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

/* What a window manager says of itself (EWMH, "Root Window Properties"):
 * _NET_SUPPORTING_WM_CHECK on the root window and on a window of its own,
 * and _NET_SUPPORTED, here empty: no frame synchronisation, no compositor.
 * Not where a window manager runs already (the benchmark run on a desktop).
 * libX11 is loaded with GTK; the benchmark does not link to it. */
static void
announce_window_manager (void)
{
#ifdef GDK_WINDOWING_X11
  typedef Window (*CreateSimpleWindow) (Display *, Window, int, int, unsigned int,
                                        unsigned int, unsigned int, unsigned long,
                                        unsigned long);
  typedef int (*ChangeProperty) (Display *, Window, Atom, Atom, int, int,
                                 const unsigned char *, int);
  typedef int (*GetWindowProperty) (Display *, Window, Atom, long, long, Bool, Atom, Atom *,
                                    int *, unsigned long *, unsigned long *, unsigned char **);
  typedef int (*Free) (void *);
  typedef int (*Flush) (Display *);
  GdkDisplay *display = gdk_display_get_default ();
  CreateSimpleWindow create_simple_window;
  ChangeProperty change_property;
  GetWindowProperty get_window_property;
  Free free_data;
  Flush flush;
  Display *xdisplay;
  Window root, check;
  Atom supporting, type = None;
  int format;
  unsigned long n_items, bytes_after;
  unsigned char *data = NULL;

  if (!GDK_IS_X11_DISPLAY (display))
    return;

  create_simple_window = (CreateSimpleWindow) dlsym (RTLD_DEFAULT, "XCreateSimpleWindow");
  change_property = (ChangeProperty) dlsym (RTLD_DEFAULT, "XChangeProperty");
  get_window_property = (GetWindowProperty) dlsym (RTLD_DEFAULT, "XGetWindowProperty");
  free_data = (Free) dlsym (RTLD_DEFAULT, "XFree");
  flush = (Flush) dlsym (RTLD_DEFAULT, "XFlush");
  g_assert_nonnull (create_simple_window);
  g_assert_nonnull (change_property);
  g_assert_nonnull (get_window_property);
  g_assert_nonnull (free_data);
  g_assert_nonnull (flush);

  xdisplay = gdk_x11_display_get_xdisplay (display);
  root = gdk_x11_display_get_xrootwindow (display);
  supporting = gdk_x11_get_xatom_by_name_for_display (display, "_NET_SUPPORTING_WM_CHECK");

  get_window_property (xdisplay, root, supporting, 0, 1, False, XA_WINDOW, &type, &format,
                       &n_items, &bytes_after, &data);
  if (data != NULL)
    free_data (data);
  if (type != None)
    return;

  check = create_simple_window (xdisplay, root, -1, -1, 1, 1, 0, 0, 0);
  change_property (xdisplay, check, supporting, XA_WINDOW, 32, PropModeReplace,
                   (const unsigned char *) &check, 1);
  change_property (xdisplay, root, supporting, XA_WINDOW, 32, PropModeReplace,
                   (const unsigned char *) &check, 1);
  change_property (xdisplay, root,
                   gdk_x11_get_xatom_by_name_for_display (display, "_NET_SUPPORTED"),
                   XA_ATOM, 32, PropModeReplace, NULL, 0);
  flush (xdisplay);
#endif
}

/* In a child process, so that the parent's memory is only the window's. */
static void
create_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (path, "Capture benchmark", &error);
  g_autoptr(GPtrArray) ideas = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < N_IDEAS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %u: %s %s", i,
                                                words[i % 8], words[(i / 8) % 8]);
      const char *tags[] = { words[i % 8], NULL };
      ChIdea *idea = ch_idea_new (NULL, title);

      g_object_set (idea, "position", i, "status", i % 5, "tags", i % 2 ? tags : NULL, NULL);
      g_ptr_array_add (ideas, idea);
    }
  if (!ch_project_add_many (project, (ChEntity **) ideas->pdata, ideas->len, &error))
    g_error ("%s", error->message);
  ch_project_close (project);
}

/* A frame starts with the first of its phases that runs. */
static void
phase_cb (GdkFrameClock *clock,
          Frames        *frames)
{
  if (frames->frame_start == 0)
    {
      frames->frame_start = g_get_monotonic_time ();
      frames->frame_cpu_start = thread_time ();
    }
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frames        *frames)
{
  gint64 took = g_get_monotonic_time () - frames->frame_start;
  gint64 worked = thread_time () - frames->frame_cpu_start;

  if (frames->frame_start > 0)
    {
      g_array_append_val (frames->frames, took);
      g_array_append_val (frames->frames_cpu, worked);
    }
  frames->frame_start = 0;
  frames->painted = TRUE;
}

static void
wait_for_paint (Frames *frames)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

  frames->painted = FALSE;
  while (!frames->painted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

static void
sleep_in_loop (gint64 until)
{
  while (g_get_monotonic_time () < until)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (500);
    }
}

int
main (int   argc,
      char *argv[])
{
  ChApplication *app = NULL;
  ChWindow *window = NULL;
  g_autoptr(GArray) adds = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) core_adds = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *path = NULL;
  Frames frames = {
    .frames = g_array_new (FALSE, FALSE, sizeof (gint64)),
    .frames_cpu = g_array_new (FALSE, FALSE, sizeof (gint64)),
  };
  GdkFrameClock *clock;
  ChProject *project;
  GtkEditable *entry;
  gint64 start, end;
  gsize before, after;
  guint over = 0;

  /* A library of its own, removed at the end. */
  g_autofree char *home = g_dir_make_tmp ("charrette-bench-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (home, "data", NULL);
  g_autofree char *config_home = g_build_filename (home, "config", NULL);
  g_autofree char *cache_home = g_build_filename (home, "cache", NULL);

  g_assert_nonnull (home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);

  path = g_build_filename (home, "capture.charrette", NULL);
  ch_test_run_in_child (create_project, path);

  ch_ui_test_start (&app, &window);
  announce_window_manager ();

  before = ch_test_resident_size ();
  start = g_get_monotonic_time ();
  ch_window_open_project (window, path);
  WAIT_UNTIL (ch_window_get_project (window) != NULL);
  end = g_get_monotonic_time ();
  project = ch_window_get_project (window);
  ch_ui_test_run_pending ();
  after = ch_test_resident_size ();
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, N_IDEAS);
  printf ("open %u ideas in the window: %.0f ms; memory after opening: +%.1f MB (RSS %.1f MB)\n",
          N_IDEAS, (end - start) / 1000.0, (after - before) / 1e6, after / 1e6);

  entry = TEMPLATE_CHILD (ch_project_view_get_ideas_page (TEMPLATE_CHILD (window, CH_TYPE_WINDOW,
                                                                          "project_view")),
                          CH_TYPE_IDEAS_PAGE, "new_idea_entry");
  gtk_widget_grab_focus (GTK_WIDGET (entry));

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "flush-events", G_CALLBACK (phase_cb), &frames);
  g_signal_connect (clock, "before-paint", G_CALLBACK (phase_cb), &frames);
  g_signal_connect (clock, "update", G_CALLBACK (phase_cb), &frames);
  g_signal_connect (clock, "layout", G_CALLBACK (phase_cb), &frames);
  g_signal_connect (clock, "paint", G_CALLBACK (phase_cb), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frames);
  ch_ui_test_run_pending ();

  /* One capture at a time: the Enter handler, then the frame that shows it. */
  for (guint i = 0; i < N_CAPTURES; i++)
    {
      g_autofree char *text = g_strdup_printf ("Captured idea %u about the #%s", i, words[i % 8]);
      gint64 added, painted;

      gtk_editable_set_text (entry, text);
      wait_for_paint (&frames);
      start = g_get_monotonic_time ();
      g_signal_emit_by_name (entry, "activate");
      added = g_get_monotonic_time ();
      wait_for_paint (&frames);
      painted = g_get_monotonic_time ();
      g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
      added -= start;
      painted -= start;
      g_array_append_val (adds, added);
      g_array_append_val (shown, painted);
    }
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==,
                    N_IDEAS + N_CAPTURES);

  /* The same through ChProject alone: the store's commit (with its fsync)
   * and the model, without the capture bar. */
  for (guint i = 0; i < N_CAPTURES; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ChIdea) idea = ch_idea_new (NULL, "Added through the project");
      gint64 took;

      wait_for_paint (&frames);
      start = g_get_monotonic_time ();
      if (!ch_project_add (project, CH_ENTITY (idea), &error))
        g_error ("%s", error->message);
      took = g_get_monotonic_time () - start;
      g_array_append_val (core_adds, took);
    }

  /* Typing: a character every 30 ms, Enter after every 25. */
  g_array_set_size (frames.frames, 0);
  g_array_set_size (frames.frames_cpu, 0);
  for (guint i = 0; i < N_KEYS; i++)
    {
      gint64 next = g_get_monotonic_time () + KEY_EVERY_MS * 1000;
      gint64 took;

      start = g_get_monotonic_time ();
      if (i % 25 == 24)
        {
          g_signal_emit_by_name (entry, "activate");
        }
      else
        {
          int position = gtk_editable_get_position (entry);
          char c = "typing the words of the room "[i % 29];

          gtk_editable_insert_text (entry, &c, 1, &position);
          gtk_editable_set_position (entry, position);
        }
      took = g_get_monotonic_time () - start;
      g_array_append_val (keys, took);
      sleep_in_loop (next);
    }
  for (guint i = 0; i < frames.frames->len; i++)
    over += g_array_index (frames.frames, gint64, i) > 16000;

  printf ("\n%u ideas present; %u captures one by one:\n", N_IDEAS, N_CAPTURES);
  ch_test_report ("add from the capture bar (Enter)", adds, 0);
  ch_test_report ("Enter until the frame is painted", shown, 0);
  ch_test_report ("ChProject add alone (commit, fsync, model)", core_adds, 0);
  printf ("\ntyping %u keys, one every %d ms, Enter every 25:\n", N_KEYS, KEY_EVERY_MS);
  ch_test_report ("keystroke handler", keys, 0);
  ch_test_report ("frame (first phase to after-paint)", frames.frames, 0);
  ch_test_report ("frame, processor time", frames.frames_cpu, 0);
  printf ("frames over 16 ms: %u of %u (target 0); capture target ≤ 5 ms\n",
          over, frames.frames->len);

  g_signal_handlers_disconnect_by_data (clock, &frames);
  g_array_unref (frames.frames);
  g_array_unref (frames.frames_cpu);
  ch_ui_test_stop (&app, &window);
  ch_test_dir_free (g_steal_pointer (&home));

  return EXIT_SUCCESS;
}
