/**
 * What a customer asks for when they ask to be called: a time in their own time zone ("tomorrow at
 * 10", "this afternoon"), read with Zoho's Hawking, and an agent of the brand named in the message
 * ("Can Maria call me?"). Reading only: which slots answer the request is the conversation's business.
 */
package org.reachback.chatbot.request;
