/* ch-ui-test-helpers.h: what the widget tests share
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-application.h"
#include "ch-window.h"

G_BEGIN_DECLS

#define TEMPLATE_CHILD(widget, type, name) \
  ((gpointer) gtk_widget_get_template_child (GTK_WIDGET (widget), type, name))

/* Runs the main loop until @condition holds, failing after 20 seconds. */
#define WAIT_UNTIL(condition) \
  G_STMT_START { \
    gint64 wait_end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC; \
    while (!(condition)) \
      { \
        if (g_get_monotonic_time () > wait_end) \
          g_error ("Timed out waiting for %s", #condition); \
        if (!g_main_context_iteration (NULL, FALSE)) \
          g_usleep (1000); \
      } \
  } G_STMT_END

/* What most widget tests start from: the application and its window. */
typedef struct
{
  ChApplication *app;
  ChWindow      *window;
} ChUiTestFixture;

void       ch_ui_test_fixture_set_up    (ChUiTestFixture *fixture,
                                         gconstpointer    data);
void       ch_ui_test_fixture_tear_down (ChUiTestFixture *fixture,
                                         gconstpointer    data);
/* A new project in the library; its path. */
char      *ch_ui_test_create_project    (ChUiTestFixture *fixture,
                                         const char      *title);
/* Opens @path in the fixture's window, as the start page does. */
ChProject *ch_ui_test_open_in_window    (ChUiTestFixture *fixture,
                                         const char      *path);

/* @page alone in a window of 1280×800, shown; the window. */
GtkWindow *ch_ui_test_present_page      (GtkWidget       *page);
/* Chooses @session (or all, for %NULL) from the session filter of @page
 * (its template child "session_chooser"), as the facilitator does: from
 * the drop-down. */
void       ch_ui_test_choose_session    (GtkWidget       *page,
                                         GType            page_type,
                                         ChSession       *session);

/* Does what the shortcut for @accelerator ("<Alt>Up", "plus") of one of
 * @widget's shortcut controllers does, as a key press would; fails when
 * @widget has none. */
void       ch_ui_test_press             (GtkWidget       *widget,
                                         const char      *accelerator);
/* Adds to @found @widget and its descendants that are of @type. */
void       ch_ui_test_collect_widgets   (GtkWidget       *widget,
                                         GType            type,
                                         GPtrArray       *found);
/* The children of @widget (not further down) that are of @type, in order. */
GPtrArray *ch_ui_test_list_children     (GtkWidget       *widget,
                                         GType            type);
/* Fails unless what a screen reader calls @widget is @label. */
void       ch_ui_test_assert_accessible_label (gpointer    widget,
                                               const char *label);

/* Runs what is pending in the main loop for a tenth of a second. */
void ch_ui_test_run_pending (void);
/* A first run: no library folder yet, the application, a window shown. */
void ch_ui_test_start       (ChApplication **app,
                             ChWindow      **window);
/* Closes the window as the user does (its project is closed) and ends. */
void ch_ui_test_stop        (ChApplication **app,
                             ChWindow      **window);

G_END_DECLS
