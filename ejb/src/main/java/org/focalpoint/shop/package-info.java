/**
 * The publications eBookshop: the catalogue of publications and their editions (this part), then
 * search, the wish list, the cart, orders and payment. The database holds the catalogue; search
 * keeps an index rebuilt from it.
 */
package org.focalpoint.shop;
