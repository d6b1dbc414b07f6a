/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.DedicatedDevice;
import ssiplan.model.DirectoryEntry;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskLink;
import ssiplan.model.NicDef;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Directory Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.DirectoryEntryImpl#getMinidisks <em>Minidisks</em>}</li>
 *   <li>{@link ssiplan.model.impl.DirectoryEntryImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link ssiplan.model.impl.DirectoryEntryImpl#getNics <em>Nics</em>}</li>
 *   <li>{@link ssiplan.model.impl.DirectoryEntryImpl#getDedicatedDevices <em>Dedicated Devices</em>}</li>
 *   <li>{@link ssiplan.model.impl.DirectoryEntryImpl#getOtherStatements <em>Other Statements</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class DirectoryEntryImpl extends EObjectImpl implements DirectoryEntry {
	/**
	 * The cached value of the '{@link #getMinidisks() <em>Minidisks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinidisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Minidisk> minidisks;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<MinidiskLink> links;

	/**
	 * The cached value of the '{@link #getNics() <em>Nics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNics()
	 * @generated
	 * @ordered
	 */
	protected EList<NicDef> nics;

	/**
	 * The cached value of the '{@link #getDedicatedDevices() <em>Dedicated Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDedicatedDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<DedicatedDevice> dedicatedDevices;

	/**
	 * The cached value of the '{@link #getOtherStatements() <em>Other Statements</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherStatements()
	 * @generated
	 * @ordered
	 */
	protected EList<String> otherStatements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DirectoryEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.DIRECTORY_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Minidisk> getMinidisks() {
		if (minidisks == null) {
			minidisks = new EObjectContainmentEList<Minidisk>(Minidisk.class, this, SsiplanPackage.DIRECTORY_ENTRY__MINIDISKS);
		}
		return minidisks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MinidiskLink> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<MinidiskLink>(MinidiskLink.class, this, SsiplanPackage.DIRECTORY_ENTRY__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NicDef> getNics() {
		if (nics == null) {
			nics = new EObjectContainmentEList<NicDef>(NicDef.class, this, SsiplanPackage.DIRECTORY_ENTRY__NICS);
		}
		return nics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DedicatedDevice> getDedicatedDevices() {
		if (dedicatedDevices == null) {
			dedicatedDevices = new EObjectContainmentEList<DedicatedDevice>(DedicatedDevice.class, this, SsiplanPackage.DIRECTORY_ENTRY__DEDICATED_DEVICES);
		}
		return dedicatedDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOtherStatements() {
		if (otherStatements == null) {
			otherStatements = new EDataTypeUniqueEList<String>(String.class, this, SsiplanPackage.DIRECTORY_ENTRY__OTHER_STATEMENTS);
		}
		return otherStatements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.DIRECTORY_ENTRY__MINIDISKS:
				return ((InternalEList<?>)getMinidisks()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.DIRECTORY_ENTRY__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.DIRECTORY_ENTRY__NICS:
				return ((InternalEList<?>)getNics()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.DIRECTORY_ENTRY__DEDICATED_DEVICES:
				return ((InternalEList<?>)getDedicatedDevices()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.DIRECTORY_ENTRY__MINIDISKS:
				return getMinidisks();
			case SsiplanPackage.DIRECTORY_ENTRY__LINKS:
				return getLinks();
			case SsiplanPackage.DIRECTORY_ENTRY__NICS:
				return getNics();
			case SsiplanPackage.DIRECTORY_ENTRY__DEDICATED_DEVICES:
				return getDedicatedDevices();
			case SsiplanPackage.DIRECTORY_ENTRY__OTHER_STATEMENTS:
				return getOtherStatements();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.DIRECTORY_ENTRY__MINIDISKS:
				getMinidisks().clear();
				getMinidisks().addAll((Collection<? extends Minidisk>)newValue);
				return;
			case SsiplanPackage.DIRECTORY_ENTRY__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends MinidiskLink>)newValue);
				return;
			case SsiplanPackage.DIRECTORY_ENTRY__NICS:
				getNics().clear();
				getNics().addAll((Collection<? extends NicDef>)newValue);
				return;
			case SsiplanPackage.DIRECTORY_ENTRY__DEDICATED_DEVICES:
				getDedicatedDevices().clear();
				getDedicatedDevices().addAll((Collection<? extends DedicatedDevice>)newValue);
				return;
			case SsiplanPackage.DIRECTORY_ENTRY__OTHER_STATEMENTS:
				getOtherStatements().clear();
				getOtherStatements().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.DIRECTORY_ENTRY__MINIDISKS:
				getMinidisks().clear();
				return;
			case SsiplanPackage.DIRECTORY_ENTRY__LINKS:
				getLinks().clear();
				return;
			case SsiplanPackage.DIRECTORY_ENTRY__NICS:
				getNics().clear();
				return;
			case SsiplanPackage.DIRECTORY_ENTRY__DEDICATED_DEVICES:
				getDedicatedDevices().clear();
				return;
			case SsiplanPackage.DIRECTORY_ENTRY__OTHER_STATEMENTS:
				getOtherStatements().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.DIRECTORY_ENTRY__MINIDISKS:
				return minidisks != null && !minidisks.isEmpty();
			case SsiplanPackage.DIRECTORY_ENTRY__LINKS:
				return links != null && !links.isEmpty();
			case SsiplanPackage.DIRECTORY_ENTRY__NICS:
				return nics != null && !nics.isEmpty();
			case SsiplanPackage.DIRECTORY_ENTRY__DEDICATED_DEVICES:
				return dedicatedDevices != null && !dedicatedDevices.isEmpty();
			case SsiplanPackage.DIRECTORY_ENTRY__OTHER_STATEMENTS:
				return otherStatements != null && !otherStatements.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (otherStatements: ");
		result.append(otherStatements);
		result.append(')');
		return result.toString();
	}

} //DirectoryEntryImpl
