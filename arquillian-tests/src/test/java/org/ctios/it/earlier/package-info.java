/** Classes only {@code DemoAccountsOffIT} adds to its WAR: the accounts an earlier run left in the database. */
package org.ctios.it.earlier;
