/* ch-ideas-page.c: the ideas of a project, to capture, sort and edit
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-ideas-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-enum-types.h"
#include "ch-idea-editor.h"
#include "ch-idea-filter.h"
#include "ch-ideas-page.h"
#include "ch-search.h"
#include "ch-window.h"

struct _ChIdeasPage
{
  AdwBin               parent_instance;

  ChProject           *project;

  /* The contributor chooser's items: "Nobody", then the participants. */
  ChParticipant       *nobody;
  GListStore          *contributor_sections;
  GtkFlattenListModel *contributors;
  guint                pending_contributor;

  /* The current session's items: "No session", then the sessions. */
  ChSession           *no_session;
  GListStore          *session_sections;
  GtkFlattenListModel *sessions;
  guint                pending_session;

  /* Template widgets */
  GtkEntry            *new_idea_entry;
  GtkDropDown         *contributor_drop_down;
  GtkDropDown         *session_drop_down;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkLabel            *count_label;
  GtkStack            *content_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *cluster_column;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  ChIdeaFilter        *idea_filter;
  ChIdeaEditor        *editor;
};

G_DEFINE_FINAL_TYPE (ChIdeasPage, ch_ideas_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_CURRENT_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "No Ideas Yet" for a project without ideas, "No Matching Ideas" when
 * the search hides them all, and how many it shows while there is one. */
static void
update_content (ChIdeasPage *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint n_total = 0;
  gboolean searching = *ch_idea_filter_get_query (self->idea_filter) != '\0';

  if (self->project != NULL)
    n_total = g_list_model_get_n_items (ch_project_get_ideas (self->project));

  if (n_total == 0)
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
  else if (n_shown == 0)
    gtk_stack_set_visible_child_name (self->content_stack, "no-matches");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "ideas");

  gtk_widget_set_visible (GTK_WIDGET (self->count_label), searching);
  if (searching)
    {
      g_autofree char *count = NULL;

      /* Translators: shown while searching: how many ideas of the project match */
      count = g_strdup_printf (ngettext ("%u of %u idea", "%u of %u ideas", n_total),
                               n_shown, n_total);
      gtk_label_set_label (self->count_label, count);
    }
}

static void
stop_search (ChIdeasPage *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ch_idea_filter_set_query (self->idea_filter, "");
  update_content (self);
}

/* GTK 4.8 has no gtk_column_view_scroll_to(); the list inside the column
 * view answers its list.scroll-to-item action. */
static void
scroll_to_position (ChIdeasPage *self,
                    guint        position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
          break;
        }
    }
}

/* In the order of the workshop: new, shortlisted, accepted, parked, done. */
static int
compare_status (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  ChIdeaStatus status_a = ch_idea_get_status ((ChIdea *) a);
  ChIdeaStatus status_b = ch_idea_get_status ((ChIdea *) b);

  return (status_a > status_b) - (status_a < status_b);
}

/* The name of an idea's cluster, for its cell and for sorting by it; ""
 * when it has none (GtkStringSorter 4.8 refuses NULL). */
static char *
dup_cluster_name (GObject     *this,
                  const char  *cluster_id,
                  ChIdeasPage *self)
{
  ChEntity *cluster = NULL;

  if (cluster_id != NULL && self->project != NULL)
    cluster = ch_project_lookup (self->project, CH_TYPE_CLUSTER, cluster_id);

  return g_strdup (cluster != NULL ? ch_cluster_get_name (CH_CLUSTER (cluster)) : "");
}

static GtkExpression *
create_cluster_name_expression (ChIdeasPage   *self,
                                GtkExpression *idea)
{
  GtkExpression *cluster_id = gtk_property_expression_new (CH_TYPE_IDEA, idea, "cluster-id");

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                      1, &cluster_id,
                                      G_CALLBACK (dup_cluster_name), self, NULL);
}

static void
cluster_cell_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       ChIdeasPage              *self)
{
  g_autoptr(GtkExpression) expression = NULL;
  GtkWidget *label;

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);

  /* Evaluated for the list item: it follows the item and its cluster-id. */
  expression = gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item");
  expression = create_cluster_name_expression (self, g_steal_pointer (&expression));
  gtk_expression_bind (g_steal_pointer (&expression), label, "label", list_item);
}

static char *
status_label_cb (GObject      *this,
                 ChIdeaStatus  status)
{
  return g_strdup (ch_idea_status_to_label (status));
}

static char *
votes_label_cb (GObject *this,
                int      votes)
{
  return g_strdup_printf ("%d", votes);
}

static char *
created_label_cb (GObject *this,
                  gint64   created)
{
  g_autoptr(GDateTime) date_time = NULL;

  if (created <= 0 || (date_time = g_date_time_new_from_unix_local (created)) == NULL)
    return NULL;

  /* Translators: when an idea was written down, see the strftime manual page */
  return g_date_time_format (date_time, _("%-d %b %Y, %H:%M"));
}

static void
search_changed_cb (ChIdeasPage    *self,
                   GtkSearchEntry *entry)
{
  ch_idea_filter_set_query (self->idea_filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_content (self);
}

/* Escape in the entry hides the bar, which empties it: all ideas again. */
static void
search_mode_changed_cb (ChIdeasPage  *self,
                        GParamSpec   *pspec,
                        GtkSearchBar *search_bar)
{
  if (!gtk_search_bar_get_search_mode (search_bar))
    stop_search (self);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ChIdeasPage *self = CH_IDEAS_PAGE (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Alt+0 chooses nobody, Alt+1…Alt+9 the first nine participants. */
static void
choose_contributor_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  ChIdeasPage *self = CH_IDEAS_PAGE (widget);
  int n = g_variant_get_int32 (parameter);

  if (n < 0 || (guint) n >= g_list_model_get_n_items (G_LIST_MODEL (self->contributors)))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  gtk_drop_down_set_selected (self->contributor_drop_down, n);
}

static guint
find_contributor (ChIdeasPage *self,
                  gpointer     participant)
{
  GListModel *model = G_LIST_MODEL (self->contributors);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == participant)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Before the drop-down's selection follows a change of the participants:
 * it would choose a neighbour in place of a participant who went, and the
 * next ideas would be credited to someone else. Nobody, then. */
static void
contributors_changing_cb (ChIdeasPage *self,
                          guint        position,
                          guint        removed,
                          guint        added,
                          GListModel  *model)
{
  guint found = find_contributor (self, gtk_drop_down_get_selected_item (self->contributor_drop_down));

  self->pending_contributor = found != GTK_INVALID_LIST_POSITION ? found : 0;
}

static void
contributors_changed_cb (ChIdeasPage *self,
                         guint        position,
                         guint        removed,
                         guint        added,
                         GListModel  *model)
{
  if (gtk_drop_down_get_selected (self->contributor_drop_down) != self->pending_contributor)
    gtk_drop_down_set_selected (self->contributor_drop_down, self->pending_contributor);
}

static guint
find_session (ChIdeasPage *self,
              gpointer     session)
{
  GListModel *model = G_LIST_MODEL (self->sessions);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == session)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The most recent session by date, the last of them when dates are equal;
 * NULL for a project without sessions. */
static ChSession *
find_latest_session (ChProject *project)
{
  GListModel *sessions = ch_project_get_sessions (project);
  guint n_items = g_list_model_get_n_items (sessions);
  ChSession *latest = NULL;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ChSession) session = g_list_model_get_item (sessions, i);

      if (latest == NULL ||
          g_strcmp0 (ch_session_get_date (session), ch_session_get_date (latest)) >= 0)
        latest = session;
    }

  return latest;
}

/* As for the contributor: a current session that is deleted leaves no
 * session current, not its neighbour. */
static void
sessions_changing_cb (ChIdeasPage *self,
                      guint        position,
                      guint        removed,
                      guint        added,
                      GListModel  *model)
{
  guint found = find_session (self, gtk_drop_down_get_selected_item (self->session_drop_down));

  self->pending_session = found != GTK_INVALID_LIST_POSITION ? found : 0;
}

static void
sessions_changed_cb (ChIdeasPage *self,
                     guint        position,
                     guint        removed,
                     guint        added,
                     GListModel  *model)
{
  if (gtk_drop_down_get_selected (self->session_drop_down) != self->pending_session)
    gtk_drop_down_set_selected (self->session_drop_down, self->pending_session);
}

static void
new_idea_entry_activate_cb (ChIdeasPage *self,
                            GtkEntry    *entry)
{
  g_autofree char *title = NULL;
  g_auto(GStrv) tags = NULL;
  g_autoptr(GPtrArray) contributors = NULL;
  g_autoptr(ChIdea) idea = NULL;
  g_autoptr(GError) error = NULL;
  gpointer contributor;
  ChSession *session;

  if (self->project == NULL)
    return;

  title = g_strstrip (ch_capture_parse (gtk_editable_get_text (GTK_EDITABLE (entry)), &tags));
  if (*title == '\0')
    return;

  contributor = gtk_drop_down_get_selected_item (self->contributor_drop_down);
  if (contributor != NULL && contributor != self->nobody)
    {
      contributors = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);
      g_ptr_array_add (contributors,
                       ch_contributor_new (ch_entity_get_id (CH_ENTITY (contributor)), NULL));
    }

  session = ch_ideas_page_get_current_session (self);

  /* Title, tags, contributor and session: one step to undo. */
  idea = ch_idea_new (NULL, title);
  g_object_set (idea,
                "position", g_list_model_get_n_items (ch_project_get_ideas (self->project)),
                "tags", tags,
                "contributors", contributors,
                "session-id", session != NULL ? ch_entity_get_id (CH_ENTITY (session)) : NULL,
                NULL);
  if (!ch_project_add (self->project, CH_ENTITY (idea), &error))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      return;
    }

  /* Ready for the next idea: the room does not wait. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  ch_ideas_page_select (self, idea);
}

static void
ch_ideas_page_dispose (GObject *object)
{
  ChIdeasPage *self = CH_IDEAS_PAGE (object);

  ch_ideas_page_set_project (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_IDEAS_PAGE);

  g_clear_object (&self->contributors);
  g_clear_object (&self->contributor_sections);
  g_clear_object (&self->nobody);
  g_clear_object (&self->sessions);
  g_clear_object (&self->session_sections);
  g_clear_object (&self->no_session);

  G_OBJECT_CLASS (ch_ideas_page_parent_class)->dispose (object);
}

static void
session_selected_cb (ChIdeasPage *self,
                     GParamSpec  *pspec,
                     GtkDropDown *drop_down)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_SESSION]);
}

static void
ch_ideas_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ChIdeasPage *self = CH_IDEAS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_CURRENT_SESSION:
      g_value_set_object (value, ch_ideas_page_get_current_session (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_ideas_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ChIdeasPage *self = CH_IDEAS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_ideas_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_ideas_page_class_init (ChIdeasPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_ideas_page_dispose;
  object_class->get_property = ch_ideas_page_get_property;
  object_class->set_property = ch_ideas_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CURRENT_SESSION] =
    g_param_spec_object ("current-session", NULL, NULL,
                         CH_TYPE_SESSION,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_IDEA);
  g_type_ensure (CH_TYPE_IDEA_EDITOR);
  g_type_ensure (CH_TYPE_IDEA_FILTER);
  g_type_ensure (CH_TYPE_PARTICIPANT);
  g_type_ensure (CH_TYPE_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-ideas-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, new_idea_entry);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, cluster_column);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, contributor_drop_down);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, session_drop_down);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, selection);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, idea_filter);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, new_idea_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, votes_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, created_label_cb);

  gtk_widget_class_install_action (widget_class, "ideas.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "ideas.choose-contributor", "i",
                                   choose_contributor_activated);
}

static void
ch_ideas_page_init (ChIdeasPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkCustomSorter) status_sorter = NULL;
  g_autoptr(GtkStringSorter) sorter = NULL;

  g_autoptr(GListStore) nobody_section = NULL;
  g_autoptr(GListStore) no_session_section = NULL;
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* "Nobody" is a participant of no project, for the drop-down's
   * expression; the project's participants follow it as they change. */
  self->nobody = ch_participant_new (NULL, _("Nobody"));
  nobody_section = g_list_store_new (CH_TYPE_PARTICIPANT);
  g_list_store_append (nobody_section, self->nobody);
  self->contributor_sections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->contributor_sections, nobody_section);
  self->contributors = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->contributor_sections)));
  /* Connected before the drop-down's selection, and after it. */
  g_signal_connect_object (self->contributors, "items-changed",
                           G_CALLBACK (contributors_changing_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->contributors, "items-changed",
                           G_CALLBACK (contributors_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_drop_down_set_model (self->contributor_drop_down, G_LIST_MODEL (self->contributors));

  /* "No session" likewise: a session of no project, the sessions after it. */
  self->no_session = ch_session_new (NULL, _("No session"), NULL);
  no_session_section = g_list_store_new (CH_TYPE_SESSION);
  g_list_store_append (no_session_section, self->no_session);
  self->session_sections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->session_sections, no_session_section);
  self->sessions = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->session_sections)));
  g_signal_connect_object (self->sessions, "items-changed",
                           G_CALLBACK (sessions_changing_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sessions, "items-changed",
                           G_CALLBACK (sessions_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_drop_down_set_model (self->session_drop_down, G_LIST_MODEL (self->sessions));
  g_signal_connect_object (self->session_drop_down, "notify::selected-item",
                           G_CALLBACK (session_selected_cb), self, G_CONNECT_SWAPPED);

  /* Local: while the focus is on the page, as in the capture bar. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_LOCAL);
  for (int i = 0; i <= 9; i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new_with_arguments (
                                            gtk_keyval_trigger_new (GDK_KEY_0 + i, GDK_ALT_MASK),
                                            gtk_named_action_new ("ideas.choose-contributor"),
                                            "i", i));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  /* The entry is not the bar's direct child: Escape hides the bar. */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));

  /* Compared directly: a closure per idea is slow with 100 000 ideas. */
  status_sorter = gtk_custom_sorter_new (compare_status, NULL, NULL);
  gtk_column_view_column_set_sorter (self->status_column, GTK_SORTER (status_sorter));

  /* The cluster column needs the project to name an idea's cluster. */
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (cluster_cell_setup_cb), self);
  gtk_column_view_column_set_factory (self->cluster_column, factory);
  sorter = gtk_string_sorter_new (create_cluster_name_expression (self, NULL));
  gtk_column_view_column_set_sorter (self->cluster_column, GTK_SORTER (sorter));

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_content), self, G_CONNECT_SWAPPED);
  update_content (self);
}

/**
 * ch_ideas_page_get_project:
 *
 * Returns: (transfer none) (nullable): the project whose ideas are shown
 */
ChProject *
ch_ideas_page_get_project (ChIdeasPage *self)
{
  g_return_val_if_fail (CH_IS_IDEAS_PAGE (self), NULL);

  return self->project;
}

void
ch_ideas_page_set_project (ChIdeasPage *self,
                           ChProject   *project)
{
  g_return_if_fail (CH_IS_IDEAS_PAGE (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  /* The count of "N of M ideas" follows the ideas the search hides too. */
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (ch_project_get_ideas (self->project),
                                          update_content, self);

  g_set_object (&self->project, project);

  if (project != NULL)
    g_signal_connect_object (ch_project_get_ideas (project), "items-changed",
                             G_CALLBACK (update_content), self, G_CONNECT_SWAPPED);

  /* Disposed, the template is gone. */
  if (self->filter_model != NULL)
    {
      stop_search (self);
      gtk_filter_list_model_set_model (self->filter_model,
                                       project != NULL ? ch_project_get_ideas (project) : NULL);
      /* Another project, other participants: nobody is chosen. */
      if (g_list_model_get_n_items (G_LIST_MODEL (self->contributor_sections)) > 1)
        g_list_store_remove (self->contributor_sections, 1);
      if (project != NULL)
        g_list_store_append (self->contributor_sections, ch_project_get_participants (project));
      gtk_drop_down_set_selected (self->contributor_drop_down, 0);
      /* Its own sessions: the latest is current. */
      if (g_list_model_get_n_items (G_LIST_MODEL (self->session_sections)) > 1)
        g_list_store_remove (self->session_sections, 1);
      if (project != NULL)
        g_list_store_append (self->session_sections, ch_project_get_sessions (project));
      ch_ideas_page_set_current_session (self,
                                         project != NULL ? find_latest_session (project) : NULL);
      ch_idea_editor_set_project (self->editor, project);
      gtk_editable_set_text (GTK_EDITABLE (self->new_idea_entry), "");
      update_content (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_ideas_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the idea selected in the list
 */
ChIdea *
ch_ideas_page_get_selected (ChIdeasPage *self)
{
  g_return_val_if_fail (CH_IS_IDEAS_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * ch_ideas_page_select:
 * @idea: an idea of the project
 *
 * Selects @idea and scrolls the list to it.
 */
void
ch_ideas_page_select (ChIdeasPage *self,
                      ChIdea      *idea)
{
  GListModel *model;
  guint n_items;

  g_return_if_fail (CH_IS_IDEAS_PAGE (self));
  g_return_if_fail (CH_IS_IDEA (idea));

  model = G_LIST_MODEL (self->sort_model);

  /* An idea the search hides: the search goes, not the idea. */
  if (*ch_idea_filter_get_query (self->idea_filter) != '\0' &&
      !gtk_filter_match (GTK_FILTER (self->idea_filter), idea))
    stop_search (self);

  n_items = g_list_model_get_n_items (model);

  /* From the end: a new idea is there unless the list is sorted. */
  for (guint i = n_items; i > 0; i--)
    {
      g_autoptr(ChIdea) item = g_list_model_get_item (model, i - 1);

      if (item == idea)
        {
          gtk_single_selection_set_selected (self->selection, i - 1);
          scroll_to_position (self, i - 1);
          break;
        }
    }
}

/**
 * ch_ideas_page_focus_new_idea:
 *
 * Puts the cursor in the box that adds an idea.
 */
void
ch_ideas_page_focus_new_idea (ChIdeasPage *self)
{
  g_return_if_fail (CH_IS_IDEAS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->new_idea_entry));
}

/**
 * ch_ideas_page_get_current_session:
 *
 * Returns: (transfer none) (nullable): the session the captured ideas
 *   belong to, or %NULL for none
 */
ChSession *
ch_ideas_page_get_current_session (ChIdeasPage *self)
{
  gpointer session;

  g_return_val_if_fail (CH_IS_IDEAS_PAGE (self), NULL);

  session = gtk_drop_down_get_selected_item (self->session_drop_down);

  return session != self->no_session ? session : NULL;
}

/**
 * ch_ideas_page_set_current_session:
 * @session: (nullable): a session of the project, or %NULL for none
 *
 * Makes @session the one the ideas captured next belong to.
 */
void
ch_ideas_page_set_current_session (ChIdeasPage *self,
                                   ChSession   *session)
{
  guint position = 0;

  g_return_if_fail (CH_IS_IDEAS_PAGE (self));
  g_return_if_fail (session == NULL || CH_IS_SESSION (session));

  if (session != NULL)
    {
      position = find_session (self, session);
      g_return_if_fail (position != GTK_INVALID_LIST_POSITION);
    }

  gtk_drop_down_set_selected (self->session_drop_down, position);
}
