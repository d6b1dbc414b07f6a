/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Crypto</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * CRYPTO/APVIRT or dedicated AP queue statements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.Crypto#getMode <em>Mode</em>}</li>
 *   <li>{@link ssiplan.model.Crypto#getAdapters <em>Adapters</em>}</li>
 *   <li>{@link ssiplan.model.Crypto#getDomains <em>Domains</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getCrypto()
 * @model
 * @generated
 */
public interface Crypto extends EObject {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.CryptoMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see ssiplan.model.CryptoMode
	 * @see #setMode(CryptoMode)
	 * @see ssiplan.model.SsiplanPackage#getCrypto_Mode()
	 * @model
	 * @generated
	 */
	CryptoMode getMode();

	/**
	 * Sets the value of the '{@link ssiplan.model.Crypto#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see ssiplan.model.CryptoMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(CryptoMode value);

	/**
	 * Returns the value of the '<em><b>Adapters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dedicated AP adapter numbers (APDED).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adapters</em>' attribute list.
	 * @see ssiplan.model.SsiplanPackage#getCrypto_Adapters()
	 * @model
	 * @generated
	 */
	EList<Integer> getAdapters();

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dedicated usage domains (APDED).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domains</em>' attribute list.
	 * @see ssiplan.model.SsiplanPackage#getCrypto_Domains()
	 * @model
	 * @generated
	 */
	EList<Integer> getDomains();

} // Crypto
