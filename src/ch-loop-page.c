/* ch-loop-page.c: closing the loop: telling contributors what became of
 * their ideas
 *
 * Each participant who contributed an idea that is now accepted, parked
 * or done, and has not been told, with those ideas and their status.
 * The facilitator marks them informed one idea at a time, all of one
 * participant's at once, or everyone's at once, on the day chosen at the
 * top (today unless changed): each is one step, undone as one. "Show
 * Informed" lists those already told too, with the day, which can be
 * changed to the one chosen. The list as shown is exported as CSV or
 * Markdown to send out (ch_workshop_write_loop_csv(), _markdown()).
 *
 * With a session chosen (the session chooser), the list, the marks for
 * all of a participant's ideas or everyone's, and the files exported
 * hold the ideas of that session only.
 *
 * The list (ch_workshop_list_loop()) is worked out again, in an idle and
 * only while the page is shown, after a step changes ideas or
 * participants; only what differs changes, so the rows that stay keep the
 * keyboard. A row that goes because it was marked hands the keyboard to
 * the row that takes its place.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-loop-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-loop-contributor.h"
#include "ch-loop-contributor-row.h"
#include "ch-loop-idea-row.h"
#include "ch-loop-page.h"
#include "ch-review-store.h"
#include "ch-session-chooser.h"
#include "ch-window.h"
#include "ch-workshop.h"
#include "ch-workshop-report.h"

struct _ChLoopPage
{
  AdwBin           parent_instance;

  ChProject       *project;
  /* Of ChLoopContributor, in the order of the participants. */
  GListStore      *contributors;
  /* ChParticipant → its ChLoopContributor. */
  GHashTable      *by_participant;
  gboolean         show_informed;
  /* Ideas still to tell about, over all contributors. */
  guint            n_to_tell;
  guint            refresh_source;
  /* Something changed while the page was not shown. */
  gboolean         refresh_pending;
  /* Set while the calendar is brought to the date typed. */
  gboolean         syncing_calendar;
  GtkNativeDialog *file_chooser;
  GCancellable    *export_cancellable;

  /* Template widgets */
  GtkEntry        *date_entry;
  GtkLabel        *date_hint;
  GtkCalendar     *calendar;
  GtkPopover      *calendar_popover;
  GtkToggleButton *informed_toggle;
  GtkStack        *content_stack;
  GtkLabel        *intro_label;
  GtkListBox      *contributor_list;
  ChSessionChooser *session_chooser;
};

G_DEFINE_FINAL_TYPE (ChLoopPage, ch_loop_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SHOW_INFORMED,
  PROP_SESSION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The session whose ideas are shown, as chosen, or NULL for all. */
static const char *
get_session_id (ChLoopPage *self)
{
  return self->session_chooser != NULL
         ? ch_session_chooser_get_session_id (self->session_chooser) : NULL;
}

static void
update_actions (ChLoopPage *self)
{
  gboolean can_mark = self->project != NULL && ch_loop_page_get_date (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "loop.mark-informed", can_mark);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "loop.mark-all-informed", can_mark);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "loop.mark-everyone-informed",
                                 can_mark && self->n_to_tell > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "loop.export", self->project != NULL);
}

static void
update_content (ChLoopPage *self)
{
  guint n_contributors = g_list_model_get_n_items (G_LIST_MODEL (self->contributors));
  g_autofree char *intro = NULL;

  gtk_stack_set_visible_child_name (self->content_stack,
                                    n_contributors > 0 ? "contributors" : "empty");

  if (self->n_to_tell > 0)
    intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u idea is still to be told about. Mark each "
                                          "contributor informed once you have told them.",
                                          "%u ideas are still to be told about. Mark each "
                                          "contributor informed once you have told them.",
                                          self->n_to_tell),
                             self->n_to_tell);
  else
    intro = g_strdup (_("Everyone has been told: below, the day each contributor was."));
  gtk_label_set_label (self->intro_label, intro);
}

/* Works the list out again, and brings the rows to it. */
static void
refresh (ChLoopPage *self)
{
  g_autoptr(GPtrArray) contributors = g_ptr_array_new ();
  g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) entries = NULL;
  GHashTableIter iter;
  gpointer participant;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_pending = FALSE;
  self->n_to_tell = 0;

  entries = self->project != NULL
            ? ch_workshop_list_loop (self->project, get_session_id (self), self->show_informed)
            : g_ptr_array_new ();

  for (guint i = 0; i < entries->len;)
    {
      ChLoopEntry *first = g_ptr_array_index (entries, i);
      g_autoptr(GPtrArray) ideas = g_ptr_array_new ();
      ChLoopContributor *contributor;
      guint n_to_tell = 0;

      for (; i < entries->len; i++)
        {
          ChLoopEntry *entry = g_ptr_array_index (entries, i);

          if (entry->participant != first->participant)
            break;

          g_ptr_array_add (ideas, entry->idea);
          if (entry->informed == NULL)
            n_to_tell++;
        }

      contributor = g_hash_table_lookup (self->by_participant, first->participant);
      if (contributor == NULL)
        {
          contributor = ch_loop_contributor_new (first->participant);
          g_hash_table_insert (self->by_participant, first->participant, contributor);
        }

      ch_loop_contributor_set_ideas (contributor, ideas, n_to_tell);
      g_ptr_array_add (contributors, contributor);
      g_hash_table_add (listed, first->participant);
      self->n_to_tell += n_to_tell;
    }

  g_hash_table_iter_init (&iter, self->by_participant);
  while (g_hash_table_iter_next (&iter, &participant, NULL))
    if (!g_hash_table_contains (listed, participant))
      g_hash_table_iter_remove (&iter);

  ch_review_store_sync (self->contributors, contributors);

  update_content (self);
  update_actions (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  ChLoopPage *self = user_data;

  self->refresh_source = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* The list may have changed: it is worked out again soon, before the
 * next frame, or when the page is shown. */
static void
queue_refresh (ChLoopPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_pending = TRUE;
  else if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

static void
project_changed_cb (ChLoopPage *self)
{
  queue_refresh (self);
}

static GtkWidget *
create_contributor_row (gpointer item,
                        gpointer user_data)
{
  return ch_loop_contributor_row_new (CH_LOOP_CONTRIBUTOR (item));
}

static GtkWidget *
nth_child (GtkWidget *widget,
           guint      n)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  for (guint i = 0; child != NULL && i < n; i++)
    child = gtk_widget_get_next_sibling (child);

  return child;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* Where the rows of @participant (and of @idea among them) are. */
static void
find_rows (ChLoopPage    *self,
           ChParticipant *participant,
           ChIdea        *idea,
           guint         *contributor_index,
           guint         *idea_index)
{
  guint i = 0;

  *contributor_index = 0;
  *idea_index = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->contributor_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row), i++)
    {
      ChLoopContributor *contributor;
      GtkWidget *ideas;
      guint j = 0;

      contributor = ch_loop_contributor_row_get_contributor (CH_LOOP_CONTRIBUTOR_ROW (row));
      if (ch_loop_contributor_get_participant (contributor) != participant)
        continue;

      *contributor_index = i;
      ideas = GTK_WIDGET (ch_loop_contributor_row_get_idea_list (CH_LOOP_CONTRIBUTOR_ROW (row)));
      for (GtkWidget *idea_row = gtk_widget_get_first_child (ideas);
           idea_row != NULL;
           idea_row = gtk_widget_get_next_sibling (idea_row), j++)
        if (ch_loop_idea_row_get_idea (CH_LOOP_IDEA_ROW (idea_row)) == idea)
          *idea_index = j;
      return;
    }
}

/* After a mark took rows away: if the keyboard went with them, it goes to
 * the idea row now at the place of the one marked, or of its contributor,
 * or to "Show Informed" when the list is empty. */
static void
keep_focus (ChLoopPage *self,
            guint       contributor_index,
            guint       idea_index)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *list = GTK_WIDGET (self->contributor_list);
  guint n_contributors = count_children (list);
  GtkWidget *row;
  GtkWidget *ideas;

  if (root == NULL || (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) &&
                       gtk_widget_get_sensitive (focus)))
    return;

  if (n_contributors == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->informed_toggle));
      return;
    }

  row = nth_child (list, MIN (contributor_index, n_contributors - 1));
  ideas = GTK_WIDGET (ch_loop_contributor_row_get_idea_list (CH_LOOP_CONTRIBUTOR_ROW (row)));
  gtk_widget_grab_focus (nth_child (ideas, MIN (idea_index, count_children (ideas) - 1)));
}

static void
report_error (ChLoopPage   *self,
              const GError *error)
{
  ch_window_report_error (GTK_WIDGET (self), error);
}

/* loop.mark-informed(('participant-id', 'idea-id')) */
static void
mark_informed_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ChLoopPage *self = CH_LOOP_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *participant_id;
  const char *idea_id;
  ChEntity *participant;
  ChEntity *idea;
  guint contributor_index;
  guint idea_index;

  g_variant_get (parameter, "(&s&s)", &participant_id, &idea_id);

  if (self->project == NULL ||
      !(participant = ch_project_lookup (self->project, CH_TYPE_PARTICIPANT, participant_id)) ||
      !(idea = ch_project_lookup (self->project, CH_TYPE_IDEA, idea_id)))
    return;

  find_rows (self, CH_PARTICIPANT (participant), CH_IDEA (idea), &contributor_index, &idea_index);

  if (!ch_project_mark_informed (self->project, CH_IDEA (idea), CH_PARTICIPANT (participant),
                                 ch_loop_page_get_date (self), &error))
    {
      report_error (self, error);
      return;
    }

  refresh (self);
  keep_focus (self, contributor_index, idea_index);
}

/* loop.mark-all-informed('participant-id'): all the ideas the participant
 * is still to be told about. */
static void
mark_all_informed_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  ChLoopPage *self = CH_LOOP_PAGE (widget);
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GError) error = NULL;
  ChEntity *participant;
  guint contributor_index;
  guint idea_index;

  if (self->project == NULL ||
      !(participant = ch_project_lookup (self->project, CH_TYPE_PARTICIPANT,
                                         g_variant_get_string (parameter, NULL))))
    return;

  ideas = ch_project_list_ideas_to_inform (self->project, CH_PARTICIPANT (participant));
  /* Those listed: of the session chosen. */
  for (guint i = ideas->len; i > 0; i--)
    if (!ch_session_chooser_match (get_session_id (self), g_ptr_array_index (ideas, i - 1)))
      g_ptr_array_remove_index (ideas, i - 1);
  if (ideas->len == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  find_rows (self, CH_PARTICIPANT (participant), NULL, &contributor_index, &idea_index);

  if (!ch_project_mark_informed_many (self->project, (ChIdea **) ideas->pdata, ideas->len,
                                      CH_PARTICIPANT (participant), ch_loop_page_get_date (self),
                                      &error))
    {
      report_error (self, error);
      return;
    }

  refresh (self);
  keep_focus (self, contributor_index, 0);
}

/* loop.mark-everyone-informed: every contributor listed, of every idea
 * they are still to be told about, as one step. */
static void
mark_everyone_informed_activated (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  ChLoopPage *self = CH_LOOP_PAGE (widget);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) ideas = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  if (self->project == NULL)
    return;

  entries = ch_workshop_list_loop (self->project, get_session_id (self), FALSE);
  for (guint i = 0; i < entries->len; i++)
    {
      ChLoopEntry *entry = g_ptr_array_index (entries, i);

      if (g_hash_table_add (seen, entry->idea))
        g_ptr_array_add (ideas, entry->idea);
    }

  if (ideas->len == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if (!ch_project_mark_informed_many (self->project, (ChIdea **) ideas->pdata, ideas->len,
                                      NULL, ch_loop_page_get_date (self), &error))
    {
      report_error (self, error);
      return;
    }

  refresh (self);
  keep_focus (self, 0, 0);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ChLoopPage) self = user_data;
  GFile *file = G_FILE (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  GtkRoot *root;

  if (!g_file_replace_contents_finish (file, result, NULL, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));

  if (error != NULL)
    {
      g_autoptr(GError) io_error = NULL;

      g_set_error (&io_error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_IO,
                   _("“%s” could not be written: %s"), name, error->message);
      if (CH_IS_WINDOW (root))
        ch_window_show_error (CH_WINDOW (root), _("Could Not Export the List"), io_error);
      else
        g_message ("Could not export the list: %s", io_error->message);
      return;
    }

  if (CH_IS_WINDOW (root))
    {
      g_autofree char *text = g_strdup_printf (_("Exported to “%s”"), name);
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      ch_window_add_toast (CH_WINDOW (root), adw_toast_new (escaped));
    }
}

static void
file_chooser_response_cb (ChLoopPage      *self,
                          int              response,
                          GtkNativeDialog *chooser)
{
  ChLoopExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser),
                                                                  "ch-loop-format"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->file_chooser);

  if (file != NULL)
    ch_loop_page_export_file (self, file, format);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* loop.export('csv') or ('markdown'): asks where, then writes the list
 * as shown. */
static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ChLoopPage *self = CH_LOOP_PAGE (widget);
  gboolean markdown = g_str_equal (g_variant_get_string (parameter, NULL), "markdown");
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (self->project == NULL)
    return;

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  chooser = gtk_file_chooser_native_new (markdown ? _("Export the List as Markdown")
                                                  : _("Export the List as CSV"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  if (markdown)
    add_filter (GTK_FILE_CHOOSER (chooser), _("Markdown Files"), "text/markdown", "md");
  else
    add_filter (GTK_FILE_CHOOSER (chooser), _("CSV Files"), "text/csv", "csv");

  title = g_strstrip (g_strdup (ch_project_get_title (self->project)));
  g_strdelimit (title, "/\\", '-');
  /* Translators: the file name offered for the exported loop list; %s is
   * the workshop's title */
  name = g_strdup_printf (_("%s, to inform.%s"), *title ? title : _("Workshop"),
                          markdown ? "md" : "csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "ch-loop-format",
                     GINT_TO_POINTER (markdown ? CH_LOOP_EXPORT_MARKDOWN : CH_LOOP_EXPORT_CSV));

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->file_chooser);
}

static void
show_date_invalid (ChLoopPage *self,
                   gboolean    invalid)
{
  if (invalid)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");

  gtk_widget_set_visible (GTK_WIDGET (self->date_hint), invalid);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->date_entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Marks wait for a whole YYYY-MM-DD; until then the entry says it is not
 * one. */
static void
date_changed_cb (ChLoopPage *self)
{
  show_date_invalid (self, ch_loop_page_get_date (self) == NULL);
  update_actions (self);
}

static void
calendar_shown_cb (ChLoopPage *self)
{
  const char *date = ch_loop_page_get_date (self);
  g_autoptr(GDateTime) day = NULL;
  int year, month, day_of_month;

  if (date == NULL || sscanf (date, "%d-%d-%d", &year, &month, &day_of_month) != 3 ||
      (day = g_date_time_new_local (year, month, day_of_month, 12, 0, 0)) == NULL)
    return;

  self->syncing_calendar = TRUE;
  gtk_calendar_select_day (self->calendar, day);
  self->syncing_calendar = FALSE;
}

static void
day_selected_cb (ChLoopPage *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *date = NULL;

  if (self->syncing_calendar)
    return;

  day = gtk_calendar_get_date (self->calendar);
  date = g_date_time_format (day, "%Y-%m-%d");
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
  gtk_popover_popdown (self->calendar_popover);
}

static void
session_chosen_cb (ChLoopPage *self)
{
  queue_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
}

static void
ch_loop_page_map (GtkWidget *widget)
{
  ChLoopPage *self = CH_LOOP_PAGE (widget);

  GTK_WIDGET_CLASS (ch_loop_page_parent_class)->map (widget);

  if (self->refresh_pending)
    refresh (self);
}

static void
ch_loop_page_dispose (GObject *object)
{
  ChLoopPage *self = CH_LOOP_PAGE (object);

  ch_loop_page_set_project (self, NULL);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_cancellable_cancel (self->export_cancellable);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_LOOP_PAGE);

  G_OBJECT_CLASS (ch_loop_page_parent_class)->dispose (object);
}

static void
ch_loop_page_finalize (GObject *object)
{
  ChLoopPage *self = CH_LOOP_PAGE (object);

  g_clear_object (&self->contributors);
  g_clear_object (&self->export_cancellable);
  g_clear_pointer (&self->by_participant, g_hash_table_unref);

  G_OBJECT_CLASS (ch_loop_page_parent_class)->finalize (object);
}

static void
ch_loop_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ChLoopPage *self = CH_LOOP_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SHOW_INFORMED:
      g_value_set_boolean (value, self->show_informed);
      break;

    case PROP_SESSION_ID:
      g_value_set_string (value, get_session_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_loop_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ChLoopPage *self = CH_LOOP_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_loop_page_set_project (self, g_value_get_object (value));
      break;

    case PROP_SHOW_INFORMED:
      ch_loop_page_set_show_informed (self, g_value_get_boolean (value));
      break;

    case PROP_SESSION_ID:
      ch_loop_page_set_session_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_loop_page_class_init (ChLoopPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_loop_page_dispose;
  object_class->finalize = ch_loop_page_finalize;
  object_class->get_property = ch_loop_page_get_property;
  object_class->set_property = ch_loop_page_set_property;

  widget_class->map = ch_loop_page_map;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Whether the contributors already told are listed too. */
  properties[PROP_SHOW_INFORMED] =
    g_param_spec_boolean ("show-informed", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The id of the session whose ideas are listed, or NULL for all. */
  properties[PROP_SESSION_ID] =
    g_param_spec_string ("session-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_SESSION_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-loop-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ChLoopPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ChLoopPage, date_hint);
  gtk_widget_class_bind_template_child (widget_class, ChLoopPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, ChLoopPage, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, ChLoopPage, informed_toggle);
  gtk_widget_class_bind_template_child (widget_class, ChLoopPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ChLoopPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, ChLoopPage, contributor_list);
  gtk_widget_class_bind_template_child (widget_class, ChLoopPage, session_chooser);
  gtk_widget_class_bind_template_child_full (widget_class, "everyone_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);

  gtk_widget_class_install_action (widget_class, "loop.mark-informed", "(ss)",
                                   mark_informed_activated);
  gtk_widget_class_install_action (widget_class, "loop.mark-all-informed", "s",
                                   mark_all_informed_activated);
  gtk_widget_class_install_action (widget_class, "loop.mark-everyone-informed", NULL,
                                   mark_everyone_informed_activated);
  gtk_widget_class_install_action (widget_class, "loop.export", "s", export_activated);
  gtk_widget_class_install_property_action (widget_class, "loop.show-informed",
                                            "show-informed");
}

static void
ch_loop_page_init (ChLoopPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->contributors = g_list_store_new (CH_TYPE_LOOP_CONTRIBUTOR);
  self->by_participant = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->export_cancellable = g_cancellable_new ();

  gtk_list_box_bind_model (self->contributor_list, G_LIST_MODEL (self->contributors),
                           create_contributor_row, self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  g_signal_connect_object (self->session_chooser, "notify::session-id",
                           G_CALLBACK (session_chosen_cb), self, G_CONNECT_SWAPPED);

  update_content (self);
  update_actions (self);
}

/**
 * ch_loop_page_get_project:
 *
 * Returns: (transfer none) (nullable): the project whose loop is closed
 */
ChProject *
ch_loop_page_get_project (ChLoopPage *self)
{
  g_return_val_if_fail (CH_IS_LOOP_PAGE (self), NULL);

  return self->project;
}

void
ch_loop_page_set_project (ChLoopPage *self,
                          ChProject  *project)
{
  g_return_if_fail (CH_IS_LOOP_PAGE (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (ch_project_get_ideas (self->project), self);
      g_signal_handlers_disconnect_by_data (ch_project_get_participants (self->project), self);
      g_signal_handlers_disconnect_by_data (self->project, self);
    }

  g_set_object (&self->project, project);
  if (self->session_chooser != NULL)
    ch_session_chooser_set_project (self->session_chooser, project);

  if (project != NULL)
    {
      g_signal_connect_object (project, "ideas-changed", G_CALLBACK (project_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (ch_project_get_ideas (project), "items-changed",
                               G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (ch_project_get_participants (project), "items-changed",
                               G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
    }

  /* Disposed: the template's objects are gone. */
  if (self->content_stack != NULL)
    {
      g_list_store_remove_all (self->contributors);
      g_hash_table_remove_all (self->by_participant);
      self->n_to_tell = 0;

      /* The list is worked out when the page is first shown. */
      self->refresh_pending = project != NULL;
      if (project != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
        refresh (self);

      update_content (self);
      update_actions (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

gboolean
ch_loop_page_get_show_informed (ChLoopPage *self)
{
  g_return_val_if_fail (CH_IS_LOOP_PAGE (self), FALSE);

  return self->show_informed;
}

void
ch_loop_page_set_show_informed (ChLoopPage *self,
                                gboolean    show_informed)
{
  g_return_if_fail (CH_IS_LOOP_PAGE (self));

  show_informed = !!show_informed;
  if (self->show_informed == show_informed)
    return;

  self->show_informed = show_informed;
  if (self->project != NULL)
    queue_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_INFORMED]);
}

/**
 * ch_loop_page_get_date:
 *
 * Returns: (nullable): the day marks record, "YYYY-MM-DD" (today unless
 *   the user chose another), or %NULL while what is typed is no date
 */
const char *
ch_loop_page_get_date (ChLoopPage *self)
{
  const char *date;

  g_return_val_if_fail (CH_IS_LOOP_PAGE (self), NULL);

  date = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));

  return ch_workshop_date_is_valid (date) ? date : NULL;
}

/**
 * ch_loop_page_export_file:
 * @file: where to write
 * @format: as CSV or as Markdown
 *
 * Writes the list as shown (with the contributors already told when they
 * are shown) to @file, replacing it, without blocking: a toast says when
 * it is written, a dialog if it could not be.
 */
void
ch_loop_page_export_file (ChLoopPage         *self,
                          GFile              *file,
                          ChLoopExportFormat  format)
{
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_if_fail (CH_IS_LOOP_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->project != NULL);

  /* The list is small, and the project's objects are the main thread's:
   * it is written here to memory, then to the file in the background. */
  stream = g_memory_output_stream_new_resizable ();
  if (format == CH_LOOP_EXPORT_MARKDOWN)
    ok = ch_workshop_write_loop_markdown (stream, self->project, get_session_id (self),
                                          self->show_informed, NULL, &error);
  else
    ok = ch_workshop_write_loop_csv (stream, self->project, get_session_id (self),
                                     self->show_informed, NULL, &error);

  if (!ok || !g_output_stream_close (stream, NULL, &error))
    {
      report_error (self, error);
      return;
    }

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION,
                                       self->export_cancellable,
                                       export_done_cb, g_object_ref (self));
}

/**
 * ch_loop_page_get_session_id:
 *
 * Returns: (nullable): the id of the session whose ideas are listed, or
 *   %NULL for all
 */
const char *
ch_loop_page_get_session_id (ChLoopPage *self)
{
  g_return_val_if_fail (CH_IS_LOOP_PAGE (self), NULL);

  return get_session_id (self);
}

/**
 * ch_loop_page_set_session_id:
 * @session_id: (nullable): a session of the project, or %NULL for all
 *
 * Lists the contributors of the ideas of one session, or of all of them.
 */
void
ch_loop_page_set_session_id (ChLoopPage *self,
                             const char *session_id)
{
  g_return_if_fail (CH_IS_LOOP_PAGE (self));

  if (self->session_chooser != NULL)
    ch_session_chooser_set_session_id (self->session_chooser, session_id);
}
