/* ch-ideas-page.c: the ideas of a project, to capture, sort and edit
 *
 * Ctrl+F shows the search bar: the words typed and the filters below
 * them (status, session, cluster, persona, participant, tag) make one
 * ChIdeaQuery, which the list's ChIdeaFilter matches the ideas with. Each
 * filter's drop-down shows what the query chooses: "Any …" first, then
 * the project's sessions, clusters… as they change; an item that goes
 * takes its filter with it. Escape clears the words, then the filters
 * and hides the bar.
 *
 * The search keys of the ideas are made on the main loop, a slice at a
 * time, as soon as a project is shown, so that the first search does not
 * wait for 100 000 of them.
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
#include "ch-new-participant-popover.h"
#include "ch-search.h"
#include "ch-window.h"

/* The filters that choose one of the project's entities. */
typedef enum
{
  CHOICE_SESSION,
  CHOICE_CLUSTER,
  CHOICE_PERSONA,
  CHOICE_PARTICIPANT,
  N_CHOICES
} ChoiceKind;

/* A filter's drop-down: "Any …" (and "No …") first, then the project's
 * entities. */
typedef struct
{
  GtkDropDown         *drop_down;
  GListStore          *sections;
  GtkFlattenListModel *items;
  guint                n_fixed;
} Choice;

static const struct
{
  const char  *property;   /* of ChIdeaQuery */
  GListModel *(*get_list) (ChProject *project);
  GType       (*get_type) (void);
  const char  *label;      /* the entities' property that names them */
} choice_kinds[N_CHOICES] = {
  [CHOICE_SESSION] = { "session-id", ch_project_get_sessions, ch_session_get_type, "title" },
  [CHOICE_CLUSTER] = { "cluster-id", ch_project_get_clusters, ch_cluster_get_type, "name" },
  [CHOICE_PERSONA] = { "persona-id", ch_project_get_personas, ch_persona_get_type, "name" },
  [CHOICE_PARTICIPANT] = { "participant-id", ch_project_get_participants, ch_participant_get_type,
                           "name" },
};

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
  /* The current session, watched for being made anonymous. */
  ChSession           *watched_session;
  GListStore          *session_sections;
  GtkFlattenListModel *sessions;
  guint                pending_session;

  /* The filters of the search bar. */
  Choice               choices[N_CHOICES];
  GtkStringList       *statuses;
  GtkStringList       *tags;
  guint                tags_source;
  /* Set while a drop-down follows the query or its list, not the user. */
  guint                showing_filters;

  GCancellable        *keys_cancellable;

  /* The sort menu: a column's name, "position" for the project's order,
   * "" when a column header was clicked (GTK 4.8 does not say which). */
  char                *sort_column;
  gboolean             sort_descending;
  gboolean             sorting;

  /* Template widgets */
  GtkEntry            *new_idea_entry;
  GtkDropDown         *contributor_drop_down;
  GtkMenuButton       *add_participant_button;
  ChNewParticipantPopover *new_participant_popover;
  GtkDropDown         *session_drop_down;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkLabel            *count_label;
  GtkDropDown         *status_filter;
  GtkDropDown         *session_filter;
  GtkDropDown         *cluster_filter;
  GtkDropDown         *persona_filter;
  GtkDropDown         *participant_filter;
  GtkDropDown         *tag_filter;
  GtkStack            *content_stack;
  AdwStatusPage       *no_matches_page;
  GtkWidget           *no_matches_clear_button;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *cluster_column;
  GtkColumnViewColumn *votes_column;
  GtkColumnViewColumn *created_column;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  ChIdeaFilter        *idea_filter;
  ChIdeaEditor        *editor;
};

static void watch_session (ChIdeasPage *self,
                           ChSession   *session);

G_DEFINE_FINAL_TYPE (ChIdeasPage, ch_ideas_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_CURRENT_SESSION,
  PROP_SORT_COLUMN,
  PROP_SORT_DESCENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ChIdeaQuery *
get_query (ChIdeasPage *self)
{
  return ch_idea_filter_get_query (self->idea_filter);
}

/* "No Ideas Yet" for a project without ideas, "No Matching Ideas" when
 * the search hides them all, and how many it shows while there is one. */
static void
update_content (ChIdeasPage *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint n_total = 0;
  gboolean filtering = ch_idea_query_has_filters (get_query (self));
  gboolean searching = filtering || ch_idea_query_has_text (get_query (self));

  if (self->project != NULL)
    n_total = g_list_model_get_n_items (ch_project_get_ideas (self->project));

  if (n_total == 0)
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
  else if (n_shown == 0)
    {
      adw_status_page_set_description (self->no_matches_page,
                                       filtering ? _("Try other words, or clear the filters.")
                                                 : _("Try other words."));
      gtk_widget_set_visible (self->no_matches_clear_button, filtering);
      gtk_stack_set_visible_child_name (self->content_stack, "no-matches");
    }
  else
    gtk_stack_set_visible_child_name (self->content_stack, "ideas");

  gtk_widget_set_visible (GTK_WIDGET (self->count_label), searching);
  if (searching)
    {
      g_autofree char *count = NULL;

      /* Translators: shown while searching or filtering: how many ideas of the project show */
      count = g_strdup_printf (ngettext ("%u of %u idea", "%u of %u ideas", n_total),
                               n_shown, n_total);
      gtk_label_set_label (self->count_label, count);
    }
}

/* The bar hidden, all ideas shown again. */
static void
stop_search (ChIdeasPage *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ch_idea_query_set_text (get_query (self), "");
  ch_idea_query_clear_filters (get_query (self));
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

/* What the fixed items of a choice choose: "Any …", then "No …". */
static const char *
fixed_choice_id (guint position)
{
  return position == 0 ? NULL : CH_IDEA_QUERY_NONE;
}

static guint
find_choice (ChIdeasPage *self,
             ChoiceKind   kind,
             const char  *id)
{
  Choice *choice = &self->choices[kind];
  GListModel *model = G_LIST_MODEL (choice->items);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < choice->n_fixed; i++)
    if (g_strcmp0 (fixed_choice_id (i), id) == 0)
      return i;

  for (guint i = choice->n_fixed; i < n_items; i++)
    {
      g_autoptr(ChEntity) entity = g_list_model_get_item (model, i);

      if (g_strcmp0 (ch_entity_get_id (entity), id) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Shows in the drop-down what the query chooses; a filter whose session,
 * cluster… went from the project goes too. */
static void
show_choice (ChIdeasPage *self,
             ChoiceKind   kind)
{
  Choice *choice = &self->choices[kind];
  g_autofree char *id = NULL;
  guint position;

  g_object_get (get_query (self), choice_kinds[kind].property, &id, NULL);
  position = find_choice (self, kind, id);

  self->showing_filters++;
  if (position == GTK_INVALID_LIST_POSITION)
    {
      position = 0;
      g_object_set (get_query (self), choice_kinds[kind].property, NULL, NULL);
    }
  if (gtk_drop_down_get_selected (choice->drop_down) != position)
    gtk_drop_down_set_selected (choice->drop_down, position);
  self->showing_filters--;
}

static void
choice_selected_cb (ChIdeasPage *self,
                    GParamSpec  *pspec,
                    GtkDropDown *drop_down)
{
  g_autoptr(GObject) item = NULL;
  const char *id;
  guint position;
  guint kind;

  if (self->showing_filters > 0)
    return;

  for (kind = 0; kind < N_CHOICES; kind++)
    if (self->choices[kind].drop_down == drop_down)
      break;
  g_assert (kind < N_CHOICES);

  position = gtk_drop_down_get_selected (drop_down);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  if (position < self->choices[kind].n_fixed)
    id = fixed_choice_id (position);
  else
    {
      item = g_list_model_get_item (G_LIST_MODEL (self->choices[kind].items), position);
      id = ch_entity_get_id (CH_ENTITY (item));
    }

  g_object_set (get_query (self), choice_kinds[kind].property, id, NULL);
}

/* Before a drop-down's selection follows a change of its list: it would
 * choose a neighbour of an item that went. The query says what. */
static void
choices_changing_cb (ChIdeasPage *self,
                     guint        position,
                     guint        removed,
                     guint        added,
                     GListModel  *model)
{
  self->showing_filters++;
}

static void
choices_changed_cb (ChIdeasPage *self,
                    guint        position,
                    guint        removed,
                    guint        added,
                    GListModel  *model)
{
  self->showing_filters--;

  for (guint kind = 0; kind < N_CHOICES; kind++)
    if (G_LIST_MODEL (self->choices[kind].items) == model)
      show_choice (self, kind);
}

/* A drop-down's button shows a long name shortened, its list in full. */
static void
choice_label_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       gpointer                  data)
{
  guint kind = GPOINTER_TO_UINT (data) / 2;
  gboolean shortened = GPOINTER_TO_UINT (data) % 2;
  GtkExpression *expression;
  GtkWidget *label;

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (shortened)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
    }
  gtk_list_item_set_child (list_item, label);

  expression = gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item");
  expression = gtk_property_expression_new (choice_kinds[kind].get_type (), expression,
                                           choice_kinds[kind].label);
  gtk_expression_bind (expression, label, "label", list_item);
}

static void
show_status (ChIdeasPage *self)
{
  guint statuses = ch_idea_query_get_statuses (get_query (self));
  guint position = 0;

  /* One status, as the drop-down chooses; a set of them shows as any. */
  if (statuses != 0 && (statuses & (statuses - 1)) == 0)
    position = g_bit_nth_lsf (statuses, -1) + 1;

  self->showing_filters++;
  gtk_drop_down_set_selected (self->status_filter, position);
  self->showing_filters--;
}

static void
status_selected_cb (ChIdeasPage *self,
                    GParamSpec  *pspec,
                    GtkDropDown *drop_down)
{
  guint position = gtk_drop_down_get_selected (drop_down);

  if (self->showing_filters > 0 || position == GTK_INVALID_LIST_POSITION)
    return;

  ch_idea_query_set_statuses (get_query (self),
                              position == 0 ? 0 : CH_IDEA_QUERY_STATUS (position - 1));
}

static guint
find_tag (ChIdeasPage *self,
          const char  *tag)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->tags));

  if (tag == NULL)
    return 0;

  for (guint i = 1; i < n_items; i++)
    if (g_str_equal (gtk_string_list_get_string (self->tags, i), tag))
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* The tags of the project's ideas, and the one chosen even if no idea
 * has it any more: the filter does not change under the user. */
static void
update_tags (ChIdeasPage *self)
{
  const char *chosen = ch_idea_query_get_tag (get_query (self));
  g_auto(GStrv) tags = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->tags));

  g_clear_handle_id (&self->tags_source, g_source_remove);

  if (self->project != NULL)
    tags = ch_idea_query_list_tags (ch_project_get_ideas (self->project));

  g_strv_builder_add (builder, _("Any tag"));
  if (tags != NULL)
    g_strv_builder_addv (builder, (const char **) tags);
  if (chosen != NULL && *chosen != '\0' &&
      (tags == NULL || !g_strv_contains ((const char * const *) tags, chosen)))
    g_strv_builder_add (builder, chosen);
  items = g_strv_builder_end (builder);

  self->showing_filters++;
  gtk_string_list_splice (self->tags, 0, n_items, (const char * const *) items);
  gtk_drop_down_set_selected (self->tag_filter, find_tag (self, chosen));
  self->showing_filters--;
}

static gboolean
update_tags_cb (gpointer data)
{
  ChIdeasPage *self = data;

  self->tags_source = 0;
  update_tags (self);

  return G_SOURCE_REMOVE;
}

/* The tags are looked for again while the filters show, not while the
 * facilitator captures ideas with the bar hidden. */
static void
queue_update_tags (ChIdeasPage *self)
{
  if (self->tags_source != 0 || !gtk_search_bar_get_search_mode (self->search_bar))
    return;

  self->tags_source = g_idle_add_full (G_PRIORITY_LOW, update_tags_cb, self, NULL);
}

static void
show_tag (ChIdeasPage *self)
{
  guint position = find_tag (self, ch_idea_query_get_tag (get_query (self)));

  if (position == GTK_INVALID_LIST_POSITION)
    {
      update_tags (self);
      return;
    }

  self->showing_filters++;
  gtk_drop_down_set_selected (self->tag_filter, position);
  self->showing_filters--;
}

static void
tag_selected_cb (ChIdeasPage *self,
                 GParamSpec  *pspec,
                 GtkDropDown *drop_down)
{
  guint position = gtk_drop_down_get_selected (drop_down);

  if (self->showing_filters > 0 || position == GTK_INVALID_LIST_POSITION)
    return;

  ch_idea_query_set_tag (get_query (self),
                         position == 0 ? NULL : gtk_string_list_get_string (self->tags, position));
}

static void
ideas_changed_cb (ChIdeasPage *self,
                  guint        position,
                  guint        removed,
                  guint        added,
                  GListModel  *ideas)
{
  queue_update_tags (self);
  update_content (self);
}

/* Edited ideas may have other tags: looked for again if the bar shows. */
static void
project_ideas_changed_cb (ChIdeasPage *self,
                          GPtrArray   *ideas,
                          ChProject   *project)
{
  queue_update_tags (self);
}

/* The drop-downs show what the query chooses, whoever set it; filters
 * set from elsewhere (another page) show the bar, so that the user sees
 * why ideas are hidden. */
static void
query_notify_cb (ChIdeasPage *self,
                 GParamSpec  *pspec,
                 ChIdeaQuery *query)
{
  gboolean filtering = ch_idea_query_has_filters (query);

  if (g_str_equal (pspec->name, "text"))
    {
      if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                        ch_idea_query_get_text (query)))
        gtk_editable_set_text (GTK_EDITABLE (self->search_entry), ch_idea_query_get_text (query));
    }
  else if (g_str_equal (pspec->name, "statuses"))
    show_status (self);
  else if (g_str_equal (pspec->name, "tag"))
    show_tag (self);
  else
    {
      for (guint kind = 0; kind < N_CHOICES; kind++)
        if (g_str_equal (pspec->name, choice_kinds[kind].property))
          show_choice (self, kind);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ideas.clear-filters", filtering);
  if (filtering && !gtk_search_bar_get_search_mode (self->search_bar))
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);

  update_content (self);
}

static void
search_changed_cb (ChIdeasPage    *self,
                   GtkSearchEntry *entry)
{
  ch_idea_query_set_text (get_query (self), gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_content (self);
}

/* Escape: the words go first; with filters chosen the bar stays, so that
 * they stay in sight, and a second Escape clears them and hides it. */
static void
search_stopped_cb (ChIdeasPage    *self,
                   GtkSearchEntry *entry)
{
  if (ch_idea_query_has_filters (get_query (self)) &&
      *gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    {
      g_signal_stop_emission_by_name (entry, "stop-search");
      gtk_editable_set_text (GTK_EDITABLE (entry), "");
      ch_idea_query_set_text (get_query (self), "");
    }
}

static void
clear_filters_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ChIdeasPage *self = CH_IDEAS_PAGE (widget);

  ch_idea_query_clear_filters (get_query (self));
}

static GtkColumnViewColumn *
find_sort_column (ChIdeasPage *self,
                  const char  *name)
{
  if (g_str_equal (name, "title"))
    return self->title_column;
  if (g_str_equal (name, "status"))
    return self->status_column;
  if (g_str_equal (name, "cluster"))
    return self->cluster_column;
  if (g_str_equal (name, "votes"))
    return self->votes_column;
  if (g_str_equal (name, "created"))
    return self->created_column;

  return NULL;
}

static void
apply_sort (ChIdeasPage *self)
{
  GtkColumnViewColumn *column = find_sort_column (self, self->sort_column);

  /* A header was clicked: its order stands. */
  if (*self->sort_column == '\0')
    return;

  self->sorting = TRUE;
  gtk_column_view_sort_by_column (self->column_view, column,
                                  self->sort_descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  self->sorting = FALSE;

  /* The project's order has no other way round (and a clicked header's
   * column is not known). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ideas.sort-descending", column != NULL);
}

/* A column header sorted the list. */
static void
sorter_changed_cb (ChIdeasPage     *self,
                   GtkSorterChange  change,
                   GtkSorter       *sorter)
{
  if (self->sorting || *self->sort_column == '\0')
    return;

  g_free (self->sort_column);
  self->sort_column = g_strdup ("");
  /* Which column is not known: the header reverses it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ideas.sort-descending", FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_COLUMN]);
}

/* The idea being edited stays in the list while an edit would hide it. */
static void
selected_item_changed_cb (ChIdeasPage        *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  ch_idea_filter_set_kept (self->idea_filter, gtk_single_selection_get_selected_item (selection));
}

/* Escape in the entry hides the bar, which empties it: all ideas again. */
static void
search_mode_changed_cb (ChIdeasPage  *self,
                        GParamSpec   *pspec,
                        GtkSearchBar *search_bar)
{
  if (!gtk_search_bar_get_search_mode (search_bar))
    stop_search (self);
  else
    queue_update_tags (self);
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

  /* An anonymous session records nobody: there is no one to choose. */
  if (n < 0 || (guint) n >= g_list_model_get_n_items (G_LIST_MODEL (self->contributors)) ||
      !gtk_widget_get_sensitive (GTK_WIDGET (self->contributor_drop_down)))
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
  if (contributor != NULL && contributor != self->nobody &&
      gtk_widget_get_sensitive (GTK_WIDGET (self->contributor_drop_down)))
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
  watch_session (self, NULL);

  g_clear_handle_id (&self->tags_source, g_source_remove);
  g_cancellable_cancel (self->keys_cancellable);
  g_clear_object (&self->keys_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_IDEAS_PAGE);

  for (guint kind = 0; kind < N_CHOICES; kind++)
    {
      g_clear_object (&self->choices[kind].items);
      g_clear_object (&self->choices[kind].sections);
    }
  g_clear_object (&self->statuses);
  g_clear_object (&self->tags);
  g_clear_object (&self->contributors);
  g_clear_object (&self->contributor_sections);
  g_clear_object (&self->nobody);
  g_clear_object (&self->sessions);
  g_clear_object (&self->session_sections);
  g_clear_object (&self->no_session);

  G_OBJECT_CLASS (ch_ideas_page_parent_class)->dispose (object);
}

static void
ch_ideas_page_finalize (GObject *object)
{
  ChIdeasPage *self = CH_IDEAS_PAGE (object);

  g_clear_pointer (&self->sort_column, g_free);

  G_OBJECT_CLASS (ch_ideas_page_parent_class)->finalize (object);
}

/* In an anonymous session the contributor cannot be chosen: the
 * project would not record it (see ch-project.c). */
static void
update_anonymous (ChIdeasPage *self)
{
  gboolean anonymous = self->watched_session != NULL &&
                       ch_session_get_anonymous (self->watched_session);

  gtk_widget_set_sensitive (GTK_WIDGET (self->contributor_drop_down), !anonymous);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->contributor_drop_down),
                               anonymous
                               ? _("Anonymous session: who contributed is not recorded")
                               : _("Who contributed the next ideas (Alt+1 to Alt+9, Alt+0 for nobody)"));
}

static void
session_anonymous_changed_cb (ChIdeasPage *self,
                              GParamSpec  *pspec,
                              ChSession   *session)
{
  update_anonymous (self);
}

static void
watch_session (ChIdeasPage *self,
               ChSession   *session)
{
  if (self->watched_session == session)
    return;

  if (self->watched_session != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_session,
                                          session_anonymous_changed_cb, self);
  g_set_object (&self->watched_session, session);
  if (session != NULL)
    g_signal_connect_object (session, "notify::anonymous",
                             G_CALLBACK (session_anonymous_changed_cb), self, G_CONNECT_SWAPPED);
  update_anonymous (self);
}

static void
session_selected_cb (ChIdeasPage *self,
                     GParamSpec  *pspec,
                     GtkDropDown *drop_down)
{
  watch_session (self, ch_ideas_page_get_current_session (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_SESSION]);
}

/* Someone new speaks: added from the bar, they are the contributor. */
static void
participant_added_cb (ChIdeasPage             *self,
                      ChParticipant           *participant,
                      ChNewParticipantPopover *popover)
{
  guint position = find_contributor (self, participant);

  if (position != GTK_INVALID_LIST_POSITION &&
      gtk_widget_get_sensitive (GTK_WIDGET (self->contributor_drop_down)))
    gtk_drop_down_set_selected (self->contributor_drop_down, position);

  gtk_widget_grab_focus (GTK_WIDGET (self->new_idea_entry));
}

static void
add_participant_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  ChIdeasPage *self = CH_IDEAS_PAGE (widget);

  if (self->project != NULL)
    gtk_menu_button_popup (self->add_participant_button);
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

    case PROP_SORT_COLUMN:
      g_value_set_string (value, self->sort_column != NULL ? self->sort_column : "");
      break;

    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
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

    case PROP_SORT_COLUMN:
      if (g_strcmp0 (self->sort_column, g_value_get_string (value)) != 0)
        {
          g_free (self->sort_column);
          self->sort_column = g_value_dup_string (value);
          if (self->sort_column == NULL)
            self->sort_column = g_strdup ("");
          apply_sort (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SORT_DESCENDING:
      if (self->sort_descending != g_value_get_boolean (value))
        {
          self->sort_descending = g_value_get_boolean (value);
          apply_sort (self);
          g_object_notify_by_pspec (object, pspec);
        }
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
  object_class->finalize = ch_ideas_page_finalize;
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
  /* What the sort menu sorts by: "title", "status", "cluster", "votes",
   * "created", "position" (the project's order), or "" after a column
   * header was clicked. */
  properties[PROP_SORT_COLUMN] =
    g_param_spec_string ("sort-column", NULL, NULL,
                         "position",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_IDEA);
  g_type_ensure (CH_TYPE_IDEA_EDITOR);
  g_type_ensure (CH_TYPE_IDEA_FILTER);
  g_type_ensure (CH_TYPE_NEW_PARTICIPANT_POPOVER);
  g_type_ensure (CH_TYPE_PARTICIPANT);
  g_type_ensure (CH_TYPE_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-ideas-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, new_idea_entry);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, session_filter);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, cluster_filter);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, persona_filter);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, participant_filter);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, tag_filter);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, no_matches_page);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, no_matches_clear_button);
  /* For the tests. */
  gtk_widget_class_bind_template_child_full (widget_class, "clear_filters_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, cluster_column);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, votes_column);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, created_column);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, contributor_drop_down);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, add_participant_button);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, new_participant_popover);
  gtk_widget_class_bind_template_callback (widget_class, participant_added_cb);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, session_drop_down);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, selection);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, idea_filter);
  gtk_widget_class_bind_template_child (widget_class, ChIdeasPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, new_idea_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, votes_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, created_label_cb);

  gtk_widget_class_install_action (widget_class, "ideas.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "ideas.clear-filters", NULL,
                                   clear_filters_activated);
  gtk_widget_class_install_property_action (widget_class, "ideas.sort-column", "sort-column");
  gtk_widget_class_install_property_action (widget_class, "ideas.sort-descending",
                                            "sort-descending");
  gtk_widget_class_install_action (widget_class, "ideas.choose-contributor", "i",
                                   choose_contributor_activated);
  gtk_widget_class_install_action (widget_class, "ideas.add-participant", NULL,
                                   add_participant_activated);
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
  GtkDropDown *choice_drop_downs[N_CHOICES];

  /* Before the template: the sort menu asks for it. */
  self->sort_column = g_strdup ("position");

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

  /* The filters: "Any …" (and "No cluster") first, then the project's
   * entities, which set_project() adds. */
  choice_drop_downs[CHOICE_SESSION] = self->session_filter;
  choice_drop_downs[CHOICE_CLUSTER] = self->cluster_filter;
  choice_drop_downs[CHOICE_PERSONA] = self->persona_filter;
  choice_drop_downs[CHOICE_PARTICIPANT] = self->participant_filter;
  for (guint kind = 0; kind < N_CHOICES; kind++)
    {
      Choice *choice = &self->choices[kind];
      GType item_type = choice_kinds[kind].get_type ();
      g_autoptr(GListStore) fixed = g_list_store_new (item_type);
      g_autoptr(GtkListItemFactory) button_factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GObject) any = NULL;
      g_autoptr(GObject) none = NULL;

      switch ((ChoiceKind) kind)
        {
        case CHOICE_SESSION:
          any = G_OBJECT (ch_session_new (NULL, _("Any session"), NULL));
          break;

        case CHOICE_CLUSTER:
          any = G_OBJECT (ch_cluster_new (NULL, _("Any cluster")));
          none = G_OBJECT (ch_cluster_new (NULL, _("No cluster")));
          break;

        case CHOICE_PERSONA:
          any = G_OBJECT (ch_persona_new (NULL, _("Any persona")));
          break;

        case CHOICE_PARTICIPANT:
          any = G_OBJECT (ch_participant_new (NULL, _("Any participant")));
          break;

        case N_CHOICES:
        default:
          g_assert_not_reached ();
        }
      g_list_store_append (fixed, any);
      if (none != NULL)
        g_list_store_append (fixed, none);

      choice->drop_down = choice_drop_downs[kind];
      choice->n_fixed = g_list_model_get_n_items (G_LIST_MODEL (fixed));
      choice->sections = g_list_store_new (G_TYPE_LIST_MODEL);
      g_list_store_append (choice->sections, fixed);
      choice->items = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (choice->sections)));
      /* Connected before the drop-down's selection, and after it. */
      g_signal_connect_object (choice->items, "items-changed",
                               G_CALLBACK (choices_changing_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (choice->items, "items-changed",
                               G_CALLBACK (choices_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);

      g_signal_connect (button_factory, "setup", G_CALLBACK (choice_label_setup_cb),
                        GUINT_TO_POINTER (kind * 2 + 1));
      g_signal_connect (list_factory, "setup", G_CALLBACK (choice_label_setup_cb),
                        GUINT_TO_POINTER (kind * 2));
      gtk_drop_down_set_factory (choice->drop_down, button_factory);
      gtk_drop_down_set_list_factory (choice->drop_down, list_factory);
      gtk_drop_down_set_expression (choice->drop_down,
                                    gtk_property_expression_new (item_type, NULL,
                                                                 choice_kinds[kind].label));
      gtk_drop_down_set_enable_search (choice->drop_down, TRUE);
      gtk_drop_down_set_model (choice->drop_down, G_LIST_MODEL (choice->items));
      g_signal_connect_object (choice->drop_down, "notify::selected",
                               G_CALLBACK (choice_selected_cb), self, G_CONNECT_SWAPPED);
    }

  /* Statuses in the workshop's order; the tags of the ideas. */
  self->statuses = gtk_string_list_new (NULL);
  gtk_string_list_append (self->statuses, _("Any status"));
  for (ChIdeaStatus status = CH_IDEA_STATUS_NEW; status <= CH_IDEA_STATUS_DONE; status++)
    gtk_string_list_append (self->statuses, ch_idea_status_to_label (status));
  gtk_drop_down_set_expression (self->status_filter,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                             "string"));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (self->statuses));
  g_signal_connect_object (self->status_filter, "notify::selected",
                           G_CALLBACK (status_selected_cb), self, G_CONNECT_SWAPPED);

  self->tags = gtk_string_list_new (NULL);
  gtk_string_list_append (self->tags, _("Any tag"));
  gtk_drop_down_set_expression (self->tag_filter,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                             "string"));
  gtk_drop_down_set_enable_search (self->tag_filter, TRUE);
  gtk_drop_down_set_model (self->tag_filter, G_LIST_MODEL (self->tags));
  g_signal_connect_object (self->tag_filter, "notify::selected",
                           G_CALLBACK (tag_selected_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (get_query (self), "notify",
                           G_CALLBACK (query_notify_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ideas.clear-filters", FALSE);

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selected_item_changed_cb), self, G_CONNECT_SWAPPED);

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
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ideas.sort-descending", FALSE);

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

  /* The count of "N of M ideas" follows the ideas the search hides too,
   * and the tag filter their tags. */
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_func (ch_project_get_ideas (self->project),
                                            ideas_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->project, project_ideas_changed_cb, self);
    }

  g_set_object (&self->project, project);

  if (project != NULL)
    {
      g_signal_connect_object (ch_project_get_ideas (project), "items-changed",
                               G_CALLBACK (ideas_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "ideas-changed",
                               G_CALLBACK (project_ideas_changed_cb), self, G_CONNECT_SWAPPED);
    }

  /* Made ahead, a slice at a time, so that the first search is quick. */
  g_cancellable_cancel (self->keys_cancellable);
  g_clear_object (&self->keys_cancellable);
  if (project != NULL)
    {
      self->keys_cancellable = g_cancellable_new ();
      ch_idea_make_search_keys_async (ch_project_get_ideas (project), self->keys_cancellable,
                                      NULL, NULL);
    }

  /* Disposed, the template is gone. */
  if (self->filter_model != NULL)
    {
      stop_search (self);
      ch_idea_query_set_project (get_query (self), project);
      gtk_filter_list_model_set_model (self->filter_model,
                                       project != NULL ? ch_project_get_ideas (project) : NULL);
      /* The filters choose among the project's own. */
      for (guint kind = 0; kind < N_CHOICES; kind++)
        {
          GListStore *sections = self->choices[kind].sections;

          if (g_list_model_get_n_items (G_LIST_MODEL (sections)) > 1)
            g_list_store_remove (sections, 1);
          if (project != NULL)
            g_list_store_append (sections, choice_kinds[kind].get_list (project));
        }
      /* The tags are looked for when the bar shows, not while a project
       * opens. */
      g_clear_handle_id (&self->tags_source, g_source_remove);
      gtk_string_list_splice (self->tags, 1,
                              g_list_model_get_n_items (G_LIST_MODEL (self->tags)) - 1, NULL);
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
      ch_new_participant_popover_set_project (self->new_participant_popover, project);
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

  /* An idea the search or the filters hide: they go, not the idea. */
  if (!gtk_filter_match (GTK_FILTER (self->idea_filter), idea))
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

/* The keyboard goes to the row selected once the list has made it: the
 * row of the list view (inside the column view) that is marked selected,
 * a frame or two after the scroll. */
static gboolean
focus_selected_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  ChIdeasPage *self = CH_IDEAS_PAGE (widget);
  guint *frames_left = user_data;

  for (GtkWidget *list = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       list != NULL;
       list = gtk_widget_get_next_sibling (list))
    {
      if (!GTK_IS_LIST_VIEW (list))
        continue;

      for (GtkWidget *row = gtk_widget_get_first_child (list);
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        if (gtk_widget_get_mapped (row) &&
            (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED) != 0)
          {
            gtk_widget_grab_focus (row);
            return G_SOURCE_REMOVE;
          }
    }

  return --(*frames_left) > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/**
 * ch_ideas_page_focus_selected:
 *
 * Puts the keyboard on the row of the idea selected (after
 * ch_ideas_page_select(), say), once the list shows it; on the list when
 * none is selected.
 */
void
ch_ideas_page_focus_selected (ChIdeasPage *self)
{
  g_return_if_fail (CH_IS_IDEAS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  if (gtk_single_selection_get_selected_item (self->selection) != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_selected_tick_cb,
                                  g_memdup2 (&(guint) { 10 }, sizeof (guint)), g_free);
}

/**
 * ch_ideas_page_get_query:
 *
 * The search and the filters of the list: setting a filter here shows
 * it in the search bar (for "the ideas of this persona", say).
 *
 * Returns: (transfer none): the query the list shows the ideas of
 */
ChIdeaQuery *
ch_ideas_page_get_query (ChIdeasPage *self)
{
  g_return_val_if_fail (CH_IS_IDEAS_PAGE (self), NULL);

  return get_query (self);
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
